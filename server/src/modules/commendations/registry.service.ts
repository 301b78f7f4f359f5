import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { findPage } from '../../common/find-page.js';
import { lookupId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { searchPatterns } from '../../common/search-text.js';
import { withinUnit } from '../organizations/organization.service.js';
import { NOMINATION_READERS, scopeUnitIds } from '../users/access.js';
import { NominationStatus, type ConferringAuthority, type RecipientKind } from './commendation-enums.js';
import type { CommendationForm } from './commendation-form.entity.js';
import { AWARDED } from './eligibility.service.js';
import { Nomination } from './nomination.entity.js';
import { CommendationOrderField, type CommendationFilter, type CommendationOrder } from './registry.inputs.js';
import { OrderDirection } from '../../common/pagination.js';

/**
 * What of the registry the caller may see, as a SQL condition: published commendations for
 * everyone; decided and conferred ones too for the emulation boards, auditors and administrators
 * of the proposing unit.
 */
async function visibleCommendations(ctx: Context): Promise<FilterQuery<Nomination>> {
  const scope = await scopeUnitIds(ctx, NOMINATION_READERS);
  const published = { status: NominationStatus.PUBLISHED };
  return scope.length ? { status: { $in: AWARDED }, $or: [published, { proposingUnit: { $in: scope } }] } : published;
}

async function registryWhere(ctx: Context, filter: CommendationFilter | null | undefined) {
  const where: FilterQuery<Nomination>[] = [await visibleCommendations(ctx)];
  if (filter?.q?.trim()) {
    where.push({
      $and: searchPatterns(filter.q).map((pattern) => ({ recipient: { searchText: { $like: pattern } } })),
    });
  }
  if (filter?.formId) where.push({ form: lookupId(filter.formId) ?? 0 });
  if (filter?.formCode) where.push({ form: { code: filter.formCode.trim().toUpperCase() } });
  if (filter?.authority) where.push({ form: { authority: filter.authority } });
  if (filter?.campaignId) where.push({ campaign: lookupId(filter.campaignId) ?? 0 });
  if (filter?.unitId) where.push({ recipient: { unit: await withinUnit(ctx, filter.unitId) } });
  if (filter?.recipientKind) where.push({ recipient: { kind: filter.recipientKind } });
  if (filter?.recipientId) where.push({ recipient: lookupId(filter.recipientId) ?? 0 });
  if (filter?.decisionId) where.push({ decision: lookupId(filter.decisionId) ?? 0 });
  if (filter?.year) {
    where.push({ decision: { decidedOn: { $gte: `${filter.year}-01-01`, $lte: `${filter.year}-12-31` } } });
  }
  if (filter?.decidedWithin?.from) where.push({ decision: { decidedOn: { $gte: filter.decidedWithin.from } } });
  if (filter?.decidedWithin?.to) where.push({ decision: { decidedOn: { $lte: filter.decidedWithin.to } } });
  if (filter?.status?.length) where.push({ status: { $in: filter.status } });
  return { $and: where } as FilterQuery<Nomination>;
}

export async function listCommendations(
  ctx: Context,
  filter: CommendationFilter | null | undefined,
  page: PageArgs,
  order?: CommendationOrder | null,
): Promise<Page<Nomination>> {
  const dir = order && order.direction === OrderDirection.DESC ? 'desc' : 'asc';
  const orderBy =
    order?.field === CommendationOrderField.RECIPIENT_NAME
      ? { recipient: { name: dir }, id: dir }
      : order?.field === CommendationOrderField.DECIDED_ON
        ? { decision: { decidedOn: dir }, id: dir }
        : { decision: { decidedOn: 'desc' }, id: 'asc' };
  return findPage(ctx.em, Nomination, await registryWhere(ctx, filter), orderBy as never, page);
}

export interface CommendationTotal {
  form: CommendationForm;
  authority: ConferringAuthority;
  recipientKind: RecipientKind;
  count: number;
}

/** Counts by form and recipient kind, highest distinction first. */
export async function commendationTotals(
  ctx: Context,
  filter: CommendationFilter | null | undefined,
): Promise<{ totalCount: number; byForm: CommendationTotal[] }> {
  // Only the two grouping columns are read; a province's registry is thousands of rows at most.
  const rows = await ctx.em.find(Nomination, await registryWhere(ctx, filter), {
    fields: ['id', 'form', 'recipient.kind'] as never,
    populate: ['form'],
  });
  const groups = new Map<string, CommendationTotal>();
  for (const row of rows) {
    const key = `${row.form.id}:${row.recipient.kind}`;
    const group = groups.get(key);
    if (group) group.count++;
    else
      groups.set(key, { form: row.form, authority: row.form.authority, recipientKind: row.recipient.kind, count: 1 });
  }
  const byForm = [...groups.values()].sort(
    (a, b) => a.form.rank - b.form.rank || a.recipientKind.localeCompare(b.recipientKind),
  );
  return { totalCount: rows.length, byForm };
}
