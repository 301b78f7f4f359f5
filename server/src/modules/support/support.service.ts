import type { FilterQuery } from '@mikro-orm/core';
import { negateQuantity } from '../../common/scalars/quantity.scalar.js';
import { findPage } from '../../common/find-page.js';
import { lookupId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { withinUnit } from '../organizations/organization.service.js';
import type { Context } from '../../context.js';
import { badInput } from '../../common/errors.js';
import { nfc } from '../../common/search-text.js';
import { requireFund } from '../funds/fund.service.js';
import { LedgerEntryKind, Medium } from '../funds/ledger-enums.js';
import {
  assertAtMostMax,
  assertNotFuture,
  assertPositive,
  MONEY_WRITERS,
  optionalCampaign,
} from '../funds/ledger-operations.service.js';
import { postEntries } from '../funds/ledger.service.js';
import { requireUnit } from '../geography/administrative-unit.service.js';
import { subtreeUnitIds } from '../geography/unit-tree.js';
import { requireHousehold } from '../households/household.service.js';
import { assertCan, READERS, scopeUnitIds } from '../users/access.js';
import { Support } from './support.entity.js';
import type { DisburseSupportInput, SupportFilter } from './support.inputs.js';

/** Gives support out of a fund: a DISBURSEMENT entry, never more cash or goods than the fund holds. */
export async function disburseSupport(ctx: Context, input: DisburseSupportInput): Promise<Support> {
  if (!!input.householdId === !!input.project) {
    throw badInput('householdId', {
      vi: 'Chọn một hộ gia đình hoặc một dự án',
      en: 'Give either a household or a project',
    });
  }
  if (input.inKind) {
    if (Number(input.inKind.quantity) <= 0)
      throw badInput('inKind.quantity', { vi: 'Số lượng phải lớn hơn 0', en: 'The quantity must be more than zero' });
    if (input.amount < 0n)
      throw badInput('amount', { vi: 'Giá trị quy đổi không được âm', en: 'The appraised value cannot be negative' });
    assertAtMostMax(input.amount);
  } else {
    assertPositive(input.amount);
  }
  assertNotFuture(input.supportedOn, 'supportedOn');
  const fund = await requireFund(ctx, input.fundId, 'fundId');
  await assertCan(ctx, MONEY_WRITERS, fund.unit.id, fund.unit.name);
  const household = input.householdId ? await requireHousehold(ctx, input.householdId, 'householdId') : null;
  const unit = household
    ? await ctx.loaders.unit.load(household.unit.id)
    : await requireUnit(ctx, input.project!.unitId, 'project.unitId');
  if (!unit || !(await subtreeUnitIds(ctx.em, fund.unit.id)).includes(unit.id)) {
    throw badInput(household ? 'householdId' : 'project.unitId', {
      vi: `Quỹ ${fund.name} chỉ hỗ trợ trong địa bàn của mình`,
      en: `${fund.name} supports only within its own unit`,
    });
  }
  const campaign = await optionalCampaign(ctx, input.campaignId);
  const goods = input.inKind ?? null;
  const [entry] = await postEntries(ctx, [
    {
      fund,
      kind: LedgerEntryKind.DISBURSEMENT,
      medium: goods ? Medium.IN_KIND : Medium.CASH,
      amount: -input.amount,
      quantity: goods ? negateQuantity(goods.quantity) : null,
      quantityUnit: goods ? nfc(goods.unit) : null,
      entryDate: input.supportedOn,
      campaign,
      documentRef: nfc(input.decisionRef),
      description: input.project ? nfc(input.project.name) : null,
    },
  ]);
  const support = ctx.em.create(Support, {
    fund,
    household,
    projectName: input.project ? nfc(input.project.name) : null,
    projectHouseholds: input.project?.households ?? null,
    unit,
    purpose: input.purpose,
    medium: goods ? Medium.IN_KIND : Medium.CASH,
    amount: input.amount,
    quantity: goods?.quantity ?? null,
    quantityUnit: goods ? nfc(goods.unit) : null,
    supportedOn: input.supportedOn,
    decisionRef: nfc(input.decisionRef),
    campaign,
    entry,
  } as never);
  await ctx.em.flush();
  return support;
}

/** Support given out of funds the caller may read (as their ledgers), newest first. */
export async function listSupports(
  ctx: Context,
  filter: SupportFilter | null | undefined,
  page: PageArgs,
): Promise<Page<Support>> {
  const where: FilterQuery<Support>[] = [{ fund: { unit: { $in: await scopeUnitIds(ctx, READERS) } } }];
  if (filter?.fundId) where.push({ fund: lookupId(filter.fundId) ?? 0 });
  if (filter?.householdId) where.push({ household: lookupId(filter.householdId) ?? 0 });
  if (filter?.purpose) where.push({ purpose: filter.purpose });
  if (filter?.unitId) where.push({ unit: await withinUnit(ctx, filter.unitId) });
  return findPage(ctx.em, Support, { $and: where }, { supportedOn: 'desc', id: 'desc' }, page);
}

/** One support record out of a fund the caller may read; otherwise not found. */
export async function findSupport(ctx: Context, id: string): Promise<Support | null> {
  const rowId = lookupId(id);
  if (!rowId) return null;
  return ctx.em.findOne(Support, {
    $and: [{ id: rowId }, { fund: { unit: { $in: await scopeUnitIds(ctx, READERS) } } }],
  });
}
