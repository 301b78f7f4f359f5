import { fromThousandths, toThousandths } from '../../common/scalars/quantity.scalar.js';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import type { Em } from '../../db/orm.js';
import { badInput, conflict, type Localized } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId, parseId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { matchesSearch, nfc } from '../../common/search-text.js';
import { OrganizationKind } from '../organizations/organization-kind.js';
import { requireOrganization, withinUnit } from '../organizations/organization.service.js';
import { assertCan, READERS, scopeUnitIds, WRITERS } from '../users/access.js';
import { Fund } from './fund.entity.js';
import type { CreateFundInput, FundFilter, LedgerEntryFilter } from './fund.inputs.js';
import type { FundTotalsType } from './fund.type.js';
import { LedgerEntry } from './ledger-entry.entity.js';

export const FUND: Localized = { vi: 'quỹ', en: 'fund' };

export async function findFund(ctx: Context, id: string): Promise<Fund | null> {
  const rowId = lookupId(id);
  return rowId ? ctx.loaders.fund.load(rowId) : null;
}

export async function requireFund(ctx: Context, id: string, field: string): Promise<Fund> {
  const fund = await ctx.em.findOne(Fund, { id: parseId(id, field, FUND) }, { populate: ['unit'] });
  if (!fund) throw badInput(field, { vi: `Không có quỹ với id ${id}`, en: `There is no fund with id ${id}` });
  return fund;
}

export async function listFunds(
  ctx: Context,
  filter: FundFilter | null | undefined,
  page: PageArgs,
): Promise<Page<Fund>> {
  const where: FilterQuery<Fund>[] = [];
  if (filter?.q?.trim()) where.push(matchesSearch(filter.q));
  if (filter?.unitId) where.push({ unit: await withinUnit(ctx, filter.unitId) });
  return findPage(ctx.em, Fund, { $and: where }, { code: 'asc', id: 'asc' }, page);
}

export async function createFund(ctx: Context, input: CreateFundInput): Promise<Fund> {
  const organization = await requireOrganization(ctx, input.organizationId, 'organizationId');
  if (organization.kind !== OrganizationKind.FRONT_COMMITTEE) {
    throw badInput('organizationId', {
      vi: 'Quỹ Vì người nghèo thuộc về một Ủy ban MTTQ',
      en: 'A Fund for the Poor belongs to a Fatherland Front committee',
    });
  }
  await assertCan(ctx, WRITERS, organization.unit.id);
  if (await ctx.em.findOne(Fund, { organization })) {
    throw conflict('organizationId', { vi: 'Ủy ban này đã có quỹ', en: 'This committee already has a fund' });
  }
  const code = input.code.trim();
  if (await ctx.em.findOne(Fund, { code })) {
    throw conflict('code', { vi: `Mã ${code} đã được dùng`, en: `Code ${code} is already used` });
  }
  const fund = ctx.em.create(Fund, { code, name: nfc(input.name), organization, unit: organization.unit } as never);
  await ctx.em.flush();
  return fund;
}

/** Ledger entries the caller may read (Front staff, auditors, administrators in scope), newest first. */
export async function listLedgerEntries(
  ctx: Context,
  filter: LedgerEntryFilter | null | undefined,
  page: PageArgs,
): Promise<Page<LedgerEntry>> {
  const where: FilterQuery<LedgerEntry>[] = [{ fund: { unit: { $in: await scopeUnitIds(ctx, READERS) } } }];
  if (filter?.fundId) where.push({ fund: lookupId(filter.fundId) ?? 0 });
  if (filter?.campaignId) where.push({ campaign: lookupId(filter.campaignId) ?? 0 });
  if (filter?.kind) where.push({ kind: filter.kind });
  if (filter?.period?.from) where.push({ entryDate: { $gte: filter.period.from } });
  if (filter?.period?.to) where.push({ entryDate: { $lte: filter.period.to } });
  return findPage(ctx.em, LedgerEntry, { $and: where }, { id: 'desc' }, page);
}

interface TotalsRow {
  fund_id: number;
  medium: string;
  kind: string;
  base_kind: string;
  quantity_unit: string | null;
  amount: string;
  quantity: string | null;
}

/**
 * The totals of many funds in one grouped query. A reversal counts under the kind it reverses,
 * so "received" is net of reversed receipts.
 */
export async function fundTotals(
  em: Em,
  fundIds: readonly number[],
  until?: string,
): Promise<Map<number, FundTotalsType>> {
  const result = new Map<number, FundTotalsType>(
    fundIds.map((id) => [
      id,
      { balance: 0n, received: 0n, allocatedOut: 0n, allocatedIn: 0n, disbursed: 0n, goodsOnHand: [] },
    ]),
  );
  if (fundIds.length === 0) return result;
  const rows = await em.execute<TotalsRow[]>(
    `select e.fund_id, e.medium, e.kind, coalesce(r.kind, e.kind) as base_kind, e.quantity_unit,
            sum(e.amount)::text as amount, sum(e.quantity)::text as quantity
       from ledger_entry e left join ledger_entry r on r.id = e.reverses_id
      where e.fund_id in (${fundIds.map(() => '?').join(',')})${until ? ' and e.entry_date <= ?' : ''}
      group by e.fund_id, e.medium, e.kind, coalesce(r.kind, e.kind), e.quantity_unit`,
    until ? [...fundIds, until] : [...fundIds],
  );
  for (const row of rows) {
    const totals = result.get(Number(row.fund_id))!;
    const amount = BigInt(row.amount);
    if (row.medium === 'IN_KIND') {
      const unit = row.quantity_unit ?? '';
      const goods = totals.goodsOnHand.find((g) => g.unit === unit) ?? { unit, quantity: '0', value: 0n };
      if (!totals.goodsOnHand.includes(goods)) totals.goodsOnHand.push(goods);
      goods.quantity = fromThousandths(toThousandths(goods.quantity) + toThousandths(row.quantity));
      goods.value += amount;
      continue;
    }
    totals.balance += amount;
    if (row.base_kind === 'RECEIPT') totals.received += amount;
    if (row.base_kind === 'ALLOCATION_IN') totals.allocatedIn += amount;
    if (row.base_kind === 'ALLOCATION_OUT') totals.allocatedOut -= amount;
    if (row.base_kind === 'DISBURSEMENT') totals.disbursed -= amount;
  }
  return result;
}
