import { Authorized, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../context.js';
import { Role } from '../users/role.js';
import { recordHistory } from './audit.service.js';
import { AuditEventType } from './audit.type.js';

/**
 * Adds `history: [AuditEvent!]!` to a record type: its changes, newest first, for auditors and
 * administrators within their scope. Meant for a record's own page, not for long lists.
 */
export function HistoryResolver(type: ClassType, recordType: string) {
  @Resolver(() => type)
  class RecordHistoryResolver {
    @Authorized(Role.AUDITOR, Role.SYSTEM_ADMIN)
    @FieldResolver(() => [AuditEventType], {
      description: 'Changes to this record, newest first (auditors and administrators; at most 100).',
    })
    history(@Root() record: { id: number }, @Ctx() ctx: Context) {
      return recordHistory(ctx, recordType, record.id);
    }
  }
  return RecordHistoryResolver;
}
