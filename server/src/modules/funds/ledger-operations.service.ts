import { negateQuantity } from '../../common/scalars/quantity.scalar.js';
import type { Context } from '../../context.js';
import { assertOrderedDates, todayInVietnam } from '../../common/date-range.js';
import { badInput, conflict } from '../../common/errors.js';
import { parseId } from '../../common/ids.js';
import { nfc } from '../../common/search-text.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { DonationStatus } from '../donations/donation-enums.js';
import { Donation } from '../donations/donation.entity.js';
import { subtreeUnitIds } from '../geography/unit-tree.js';
import { assertCan, forbidden, holdsOn } from '../users/access.js';
import { Role } from '../users/role.js';
import type { AllocateFundsInput, ReverseLedgerEntryInput } from './fund.inputs.js';
import { requireFund } from './fund.service.js';
import { LedgerEntry } from './ledger-entry.entity.js';
import { LedgerEntryKind, Medium } from './ledger-enums.js';
import { postEntries } from './ledger.service.js';

/** Only the Front's own staff move money; administrators manage reference data, not funds. */
export const MONEY_WRITERS = [Role.FRONT_STAFF];

/** No single posting is larger than 10^15 VND: beyond any real gift, and a guard against typos. */
export const MAX_POSTING = 10n ** 15n;

export function assertPositive(amount: bigint, field = 'amount'): void {
  if (amount <= 0n) throw badInput(field, { vi: 'Số tiền phải lớn hơn 0', en: 'The amount must be more than zero' });
  assertAtMostMax(amount, field);
}

export function assertAtMostMax(amount: bigint, field = 'amount'): void {
  if (amount > MAX_POSTING) {
    throw badInput(field, {
      vi: 'Số tiền vượt quá 1.000.000.000.000.000 ₫ cho một bút toán',
      en: 'The amount exceeds 1,000,000,000,000,000 VND for one posting',
    });
  }
}

export function assertNotFuture(date: string, field: string): void {
  const today = todayInVietnam();
  assertOrderedDates(date, today, field);
  if (date > today)
    throw badInput(field, { vi: 'Ngày không được ở tương lai', en: 'The date cannot be in the future' });
}

export async function optionalCampaign(ctx: Context, id: string | null | undefined, field = 'campaignId') {
  if (!id) return null;
  const campaign = await ctx.em.findOne(Campaign, { id: parseId(id, field, { vi: 'phong trào', en: 'campaign' }) });
  if (!campaign)
    throw badInput(field, { vi: `Không có phong trào với id ${id}`, en: `There is no campaign with id ${id}` });
  return campaign;
}

/** One atomic transfer: the source fund's ALLOCATION_OUT and the lower fund's ALLOCATION_IN. */
export async function allocateFunds(ctx: Context, input: AllocateFundsInput): Promise<LedgerEntry> {
  assertPositive(input.amount);
  assertNotFuture(input.entryDate, 'entryDate');
  const from = await requireFund(ctx, input.fromFundId, 'fromFundId');
  const to = await requireFund(ctx, input.toFundId, 'toFundId');
  await assertCan(ctx, MONEY_WRITERS, from.unit.id, from.unit.name);
  if (from.id === to.id || !(await subtreeUnitIds(ctx.em, from.unit.id)).includes(to.unit.id)) {
    throw badInput('toFundId', {
      vi: `Chỉ phân bổ xuống quỹ cấp dưới của ${from.name}`,
      en: `Allocations go down to a fund under ${from.name}`,
    });
  }
  const campaign = await optionalCampaign(ctx, input.campaignId);
  const common = {
    medium: Medium.CASH,
    entryDate: input.entryDate,
    campaign,
    documentRef: input.documentRef ? nfc(input.documentRef) : null,
    description: input.description ? nfc(input.description) : null,
  };
  const [out] = await postEntries(ctx, [
    { ...common, fund: from, kind: LedgerEntryKind.ALLOCATION_OUT, amount: -input.amount },
  ]);
  await postEntries(ctx, [
    { ...common, fund: to, kind: LedgerEntryKind.ALLOCATION_IN, amount: input.amount, counterpart: out! },
  ]);
  return out!;
}

/**
 * Posts the opposite of an entry, linked to it; an allocation is reversed on both sides, and a
 * reversed donation is marked so. Neither entry is touched: both stay in the ledger.
 */
export async function reverseLedgerEntry(ctx: Context, input: ReverseLedgerEntryInput): Promise<LedgerEntry> {
  const entryDate = input.entryDate ?? todayInVietnam();
  assertNotFuture(entryDate, 'entryDate');
  const entry = await ctx.em.findOne(
    LedgerEntry,
    { id: String(parseId(input.entryId, 'entryId', { vi: 'bút toán', en: 'ledger entry' })) },
    { populate: ['fund.unit'] },
  );
  if (!entry)
    throw badInput('entryId', {
      vi: `Không có bút toán ${input.entryId}`,
      en: `There is no ledger entry ${input.entryId}`,
    });
  await assertCan(ctx, MONEY_WRITERS, entry.fund.unit.id, entry.fund.unit.name);
  if (entry.kind === LedgerEntryKind.REVERSAL) {
    throw badInput('entryId', { vi: 'Không thể đảo một bút toán đảo', en: 'A reversal cannot itself be reversed' });
  }
  const pair = [entry];
  const other = entry.counterpart
    ? await ctx.em.findOneOrFail(LedgerEntry, { id: entry.counterpart.id }, { populate: ['fund.unit'] })
    : await ctx.em.findOne(LedgerEntry, { counterpart: entry }, { populate: ['fund.unit'] });
  if (other) pair.push(other);
  if (await ctx.em.findOne(LedgerEntry, { reverses: { $in: pair.map((e) => e.id) } })) {
    throw conflict('entryId', { vi: 'Bút toán này đã được đảo', en: 'This entry has already been reversed' });
  }
  for (const side of pair) {
    // The receiving side of an allocation lies under the sender's unit, so the sender's staff cover it.
    if (side !== entry && !(await holdsOn(ctx, MONEY_WRITERS, side.fund.unit.id))) throw forbidden();
  }
  const reason = nfc(input.reason);
  const reversals = await postEntries(
    ctx,
    pair.map((side) => ({
      fund: side.fund,
      kind: LedgerEntryKind.REVERSAL,
      medium: side.medium,
      amount: -side.amount,
      quantity: side.quantity == null ? null : negateQuantity(side.quantity),
      quantityUnit: side.quantityUnit ?? null,
      entryDate,
      campaign: side.campaign ?? null,
      documentRef: side.documentRef ?? null,
      description: reason,
      reverses: side,
    })),
  );
  const donation = await ctx.em.findOne(Donation, { entry });
  if (donation) donation.status = DonationStatus.REVERSED;
  await ctx.em.flush();
  return reversals[0]!;
}
