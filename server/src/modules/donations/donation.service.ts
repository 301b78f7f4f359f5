import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import type { Em } from '../../db/orm.js';
import { badInput, conflict } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { nfc } from '../../common/search-text.js';
import type { Donor } from '../donors/donor.entity.js';
import { requireDonorInScope } from '../donors/donor.service.js';
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
import { assertCan, holdsOn, READERS, scopeUnitIds } from '../users/access.js';
import { DonationChannel, DonationStatus } from './donation-enums.js';
import { Donation } from './donation.entity.js';
import type { DonationFilter, RecordDonationInput } from './donation.inputs.js';

/** A donation the caller may read; outside their scope it is simply not found. */
export async function findDonation(ctx: Context, id: string): Promise<Donation | null> {
  const rowId = lookupId(id);
  const donation = rowId ? await ctx.em.findOne(Donation, { id: rowId }, { populate: ['fund'] }) : null;
  return donation && (await holdsOn(ctx, READERS, donation.fund.unit.id)) ? donation : null;
}

/** The donor a caller may see on a donation: none for an anonymous gift or a donor outside their scope. */
export async function visibleDonor(ctx: Context, donation: Donation): Promise<Donor | null> {
  if (!donation.donor) return null;
  const donor = await ctx.loaders.donor.load(donation.donor.id);
  return donor && (await holdsOn(ctx, READERS, donor.unit.id)) ? donor : null;
}

export async function listDonations(
  ctx: Context,
  filter: DonationFilter | null | undefined,
  page: PageArgs,
): Promise<Page<Donation>> {
  const where: FilterQuery<Donation>[] = [{ fund: { unit: { $in: await scopeUnitIds(ctx, READERS) } } }];
  if (filter?.fundId) where.push({ fund: lookupId(filter.fundId) ?? 0 });
  if (filter?.campaignId) where.push({ campaign: lookupId(filter.campaignId) ?? 0 });
  if (filter?.donorId) where.push({ donor: lookupId(filter.donorId) ?? 0 });
  if (filter?.channel) where.push({ channel: filter.channel });
  if (filter?.status) where.push({ status: filter.status });
  if (filter?.period?.from) where.push({ donatedOn: { $gte: filter.period.from } });
  if (filter?.period?.to) where.push({ donatedOn: { $lte: filter.period.to } });
  if (filter?.reference?.trim()) {
    const ref = filter.reference.trim();
    where.push({ $or: [{ receiptNumber: ref }, { bankReference: ref }] });
  }
  return findPage(ctx.em, Donation, { $and: where }, { donatedOn: 'desc', id: 'desc' }, page);
}

/**
 * Reserves `count` receipt numbers of a fund and year at once and returns the first: the counter
 * row is bumped atomically, so concurrent postings never share a number and none is reused.
 */
export async function reserveReceiptSeqs(em: Em, fundId: number, year: number, count: number): Promise<number> {
  const [row] = await em.execute<{ last_number: number }[]>(
    `insert into receipt_counter (fund_id, year, last_number) values (?, ?, ?)
     on conflict (fund_id, year) do update set last_number = receipt_counter.last_number + excluded.last_number
     returning last_number`,
    [fundId, year, count],
  );
  return Number(row!.last_number) - count + 1;
}

/** The next receipt number of a fund and year. */
export const nextReceiptSeq = (em: Em, fundId: number, year: number) => reserveReceiptSeqs(em, fundId, year, 1);

/** A receipt's printed number: fund code, year, sequence ("QVNN-NT-2025-000042"). */
export const receiptNumberOf = (fundCode: string, year: number, seq: number) =>
  `${fundCode}-${year}-${String(seq).padStart(6, '0')}`;

function checkChannel(input: RecordDonationInput): void {
  if (input.channel === DonationChannel.IN_KIND) {
    if (!input.inKind)
      throw badInput('inKind', { vi: 'Hiện vật cần số lượng và đơn vị', en: 'Goods need a quantity and a unit' });
    if (Number(input.inKind.quantity) <= 0)
      throw badInput('inKind.quantity', { vi: 'Số lượng phải lớn hơn 0', en: 'The quantity must be more than zero' });
    if (input.amount < 0n)
      throw badInput('amount', { vi: 'Giá trị quy đổi không được âm', en: 'The appraised value cannot be negative' });
    assertAtMostMax(input.amount);
    return;
  }
  if (input.inKind)
    throw badInput('inKind', {
      vi: 'Chỉ khoản ủng hộ hiện vật mới có số lượng',
      en: 'Only gifts in kind have a quantity',
    });
  assertPositive(input.amount);
  if (input.channel === DonationChannel.BANK_TRANSFER && !input.bankReference?.trim()) {
    throw badInput('bankReference', {
      vi: 'Chuyển khoản cần mã tham chiếu ngân hàng',
      en: 'A bank transfer needs the bank reference',
    });
  }
}

export async function recordDonation(ctx: Context, input: RecordDonationInput): Promise<Donation> {
  checkChannel(input);
  assertNotFuture(input.donatedOn, 'donatedOn');
  const fund = await requireFund(ctx, input.fundId, 'fundId');
  await assertCan(ctx, MONEY_WRITERS, fund.unit.id, fund.unit.name);
  const donor = input.donorId ? await requireDonorInScope(ctx, input.donorId, 'donorId') : null;
  const campaign = await optionalCampaign(ctx, input.campaignId);
  const bankReference = input.bankReference?.trim() || null;
  if (bankReference && (await ctx.em.findOne(Donation, { fund, bankReference }))) {
    throw conflict('bankReference', {
      vi: `Giao dịch ${bankReference} đã được ghi vào quỹ này`,
      en: `Bank reference ${bankReference} is already posted to this fund`,
    });
  }
  const year = Number(input.donatedOn.slice(0, 4));
  const seq = await nextReceiptSeq(ctx.em, fund.id, year);
  const receiptNumber = receiptNumberOf(fund.code, year, seq);
  const goods = input.channel === DonationChannel.IN_KIND ? input.inKind! : null;
  const [entry] = await postEntries(ctx, [
    {
      fund,
      kind: LedgerEntryKind.RECEIPT,
      medium: goods ? Medium.IN_KIND : Medium.CASH,
      amount: input.amount,
      quantity: goods?.quantity ?? null,
      quantityUnit: goods ? nfc(goods.unit) : null,
      entryDate: input.donatedOn,
      campaign,
      documentRef: receiptNumber,
      description: input.note ? nfc(input.note) : null,
    },
  ]);
  const donation = ctx.em.create(Donation, {
    fund,
    donor,
    campaign,
    donatedOn: input.donatedOn,
    channel: input.channel,
    amount: input.amount,
    quantity: goods?.quantity ?? null,
    quantityUnit: goods ? nfc(goods.unit) : null,
    bankReference,
    receiptYear: year,
    receiptSeq: seq,
    receiptNumber,
    note: input.note ? nfc(input.note) : null,
    status: DonationStatus.RECEIVED,
    entry,
  } as never);
  await ctx.em.flush();
  return donation;
}
