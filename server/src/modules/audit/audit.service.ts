import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { findPage } from '../../common/find-page.js';
import { lookupId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { requireCaller, scopeUnitIds } from '../users/access.js';
import { Role } from '../users/role.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditEventFilter } from './audit.type.js';

/**
 * What of the audit trail the caller may read, as a SQL condition: everything for a system
 * administrator, the events of records in their subtree for an auditor.
 */
export async function visibleEvents(ctx: Context): Promise<FilterQuery<AuditEvent>> {
  const caller = requireCaller(ctx);
  if (caller.grants.some((g) => g.role === Role.SYSTEM_ADMIN)) return {};
  return { unitId: { $in: await scopeUnitIds(ctx, [Role.AUDITOR]) } };
}

export async function listAuditEvents(
  ctx: Context,
  filter: AuditEventFilter | null | undefined,
  page: PageArgs,
): Promise<Page<AuditEvent>> {
  const where: FilterQuery<AuditEvent>[] = [await visibleEvents(ctx)];
  if (filter?.recordType) where.push({ recordType: filter.recordType });
  if (filter?.recordId) where.push({ recordId: filter.recordId });
  if (filter?.operation) where.push({ operation: filter.operation });
  if (filter?.actorUserId) where.push({ actorUserId: lookupId(filter.actorUserId) ?? 0 });
  if (filter?.from) where.push({ occurredAt: { $gte: filter.from } });
  if (filter?.to) where.push({ occurredAt: { $lt: filter.to } });
  return findPage(ctx.em, AuditEvent, { $and: where }, { id: 'desc' }, page);
}

/** The history of one record, newest first, as far as the caller may see it. */
export async function recordHistory(ctx: Context, recordType: string, recordId: number): Promise<AuditEvent[]> {
  return ctx.em.find(
    AuditEvent,
    { $and: [await visibleEvents(ctx), { recordType, recordId: String(recordId) }] },
    { orderBy: { id: 'desc' }, limit: 100 },
  );
}
