import { ChangeSetType, type EventSubscriber, type FlushEventArgs, type UnitOfWork } from '@mikro-orm/core';
import { AuditEvent } from './audit-event.entity.js';
import { auditScopeOf } from './audit-scope.js';
import { recordedFields, recordUnitId, snapshot } from './audit-snapshot.js';

interface PendingChange {
  action: 'create' | 'update' | 'delete';
  className: string;
  entity: Record<string, any>;
  before: Record<string, unknown> | null;
  fields: string[];
  meta: Parameters<typeof snapshot>[0];
}

// The trail itself, and bookkeeping that only makes retries safe, are not business records.
const unaudited = new Set(['AuditEvent', 'IdempotencyKey', 'ReceiptCounter']);

const actions: Partial<Record<ChangeSetType, PendingChange['action']>> = {
  [ChangeSetType.CREATE]: 'create',
  [ChangeSetType.UPDATE]: 'update',
  [ChangeSetType.DELETE]: 'delete',
};

/**
 * Writes an audit event for every record a mutation creates, changes or deletes, with the values
 * before and after, in the same transaction (mutations run in one, see mutate.ts). Generic on
 * purpose: a new entity is audited without anyone remembering to.
 */
export class AuditSubscriber implements EventSubscriber {
  private readonly pending = new WeakMap<UnitOfWork, PendingChange[]>();

  onFlush({ em, uow }: FlushEventArgs): void {
    if (!auditScopeOf(em)) return;
    const changes: PendingChange[] = [];
    for (const cs of uow.getChangeSets()) {
      const action = actions[cs.type];
      if (!action || unaudited.has(cs.meta.className)) continue;
      const all = recordedFields(cs.meta);
      // Updates record only what changed; creates and deletes the whole record.
      const fields = action === 'update' ? all.filter((f) => f in (cs.payload as object)) : all;
      if (fields.length === 0) continue;
      changes.push({
        action,
        className: cs.meta.className,
        entity: cs.entity as Record<string, any>,
        // A deletion's change set carries no original data: the entity itself is what it was.
        before:
          action === 'create'
            ? null
            : snapshot(cs.meta, (cs.originalEntity ?? (action === 'delete' ? cs.entity : undefined)) as never, fields),
        fields,
        meta: cs.meta,
      });
    }
    this.pending.set(uow, changes);
  }

  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const scope = auditScopeOf(em);
    const changes = this.pending.get(uow);
    this.pending.delete(uow);
    if (!scope || !changes?.length) return;
    const occurredAt = new Date();
    await em.insertMany(
      AuditEvent,
      changes.map((change) => ({
        occurredAt,
        actorUserId: scope.actorUserId,
        actorTokenId: scope.actorTokenId,
        actorLabel: scope.actorLabel,
        operation: scope.operation,
        recordType: change.className,
        recordId: String(change.entity.id),
        action: change.action,
        unitId: recordUnitId(change.className, change.entity),
        before: change.before,
        after: change.action === 'delete' ? null : snapshot(change.meta, change.entity, change.fields),
      })),
    );
  }
}
