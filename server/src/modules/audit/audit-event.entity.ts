import { defineEntity, p } from '@mikro-orm/core';

/**
 * One change to one record, written in the same transaction as the change. Append-only: the
 * database refuses UPDATE, DELETE and TRUNCATE on this table (see the migration's trigger).
 */
export class AuditEvent {
  id!: string;
  occurredAt!: Date;
  /** The user behind the change (null for system work such as seeding). */
  actorUserId?: number | null;
  /** The API token used, when the change came through one. */
  actorTokenId?: number | null;
  /** Who, as shown: the user's email at the time. */
  actorLabel!: string;
  /** The mutation that caused it, e.g. "updateCampaign". */
  operation!: string;
  /** The entity name, e.g. "Campaign". */
  recordType!: string;
  recordId!: string;
  /** create, update or delete. */
  action!: string;
  /** The unit the record belongs to, so auditors see their subtree only. */
  unitId?: number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export const AuditEventSchema = defineEntity({
  class: AuditEvent,
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    occurredAt: p.datetime().columnType('timestamptz').index(),
    actorUserId: p.integer().nullable().index(),
    actorTokenId: p.integer().nullable(),
    actorLabel: p.string().length(254),
    operation: p.string().length(100),
    recordType: p.string().length(100),
    recordId: p.string().length(40),
    action: p.string().length(10),
    unitId: p.integer().nullable(),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable(),
  },
  indexes: [{ properties: ['recordType', 'recordId'] }],
  // Enforced by the database, not only the code: whoever connects cannot rewrite history.
  triggers: [
    {
      name: 'audit_event_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: "raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';",
    },
    {
      name: 'audit_event_no_truncate',
      timing: 'before',
      events: ['truncate'],
      forEach: 'statement',
      body: "raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';",
    },
  ],
});
