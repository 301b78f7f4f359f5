import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { assertOrderedDates } from '../../common/date-range.js';
import { badInput, conflict } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId, parseId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { nfc } from '../../common/search-text.js';
import { DonationChannel } from '../donations/donation-enums.js';
import type { Donation } from '../donations/donation.entity.js';
import { recordDonation } from '../donations/donation.service.js';
import { requireDonorInScope } from '../donors/donor.service.js';
import { requireFund } from '../funds/fund.service.js';
import { assertPositive, MONEY_WRITERS, optionalCampaign } from '../funds/ledger-operations.service.js';
import { assertCan, holdsOn, READERS, scopeUnitIds } from '../users/access.js';
import { Pledge, PledgeStatus } from './pledge.entity.js';
import type { CancelPledgeInput, FulfillPledgeInput, PledgeFilter, RecordPledgeInput } from './pledge.type.js';

export async function listPledges(
  ctx: Context,
  filter: PledgeFilter | null | undefined,
  page: PageArgs,
): Promise<Page<Pledge>> {
  const where: FilterQuery<Pledge>[] = [{ fund: { unit: { $in: await scopeUnitIds(ctx, READERS) } } }];
  if (filter?.fundId) where.push({ fund: lookupId(filter.fundId) ?? 0 });
  if (filter?.campaignId) where.push({ campaign: lookupId(filter.campaignId) ?? 0 });
  if (filter?.status) where.push({ status: filter.status });
  return findPage(ctx.em, Pledge, { $and: where }, { pledgedOn: 'desc', id: 'desc' }, page);
}

export async function recordPledge(ctx: Context, input: RecordPledgeInput): Promise<Pledge> {
  assertPositive(input.amount);
  assertOrderedDates(input.pledgedOn, input.dueOn, 'dueOn');
  const fund = await requireFund(ctx, input.fundId, 'fundId');
  await assertCan(ctx, MONEY_WRITERS, fund.unit.id, fund.unit.name);
  const donor = input.donorId ? await requireDonorInScope(ctx, input.donorId, 'donorId') : null;
  const pledge = ctx.em.create(Pledge, {
    fund,
    donor,
    campaign: await optionalCampaign(ctx, input.campaignId),
    amount: input.amount,
    pledgedOn: input.pledgedOn,
    dueOn: input.dueOn ?? null,
    status: PledgeStatus.OPEN,
    note: input.note ? nfc(input.note) : null,
  } as never);
  await ctx.em.flush();
  return pledge;
}

async function requireOpenPledge(ctx: Context, id: string): Promise<Pledge> {
  const pledge = await ctx.em.findOne(
    Pledge,
    { id: parseId(id, 'pledgeId', { vi: 'cam kết', en: 'pledge' }) },
    { populate: ['fund'] },
  );
  if (!pledge || !(await holdsOn(ctx, READERS, pledge.fund.unit.id))) {
    throw badInput('pledgeId', { vi: `Không có cam kết ${id}`, en: `There is no pledge ${id}` });
  }
  await assertCan(ctx, MONEY_WRITERS, pledge.fund.unit.id);
  if (pledge.status !== PledgeStatus.OPEN) {
    throw conflict('pledgeId', { vi: 'Cam kết này đã được đóng', en: 'This pledge is no longer open' });
  }
  return pledge;
}

/** Turns an open pledge into a donation for the amount promised, in the same transaction. */
export async function fulfillPledge(ctx: Context, input: FulfillPledgeInput): Promise<Donation> {
  if (input.channel === DonationChannel.IN_KIND) {
    throw badInput('channel', { vi: 'Cam kết bằng tiền được trả bằng tiền', en: 'A pledge of money is paid in money' });
  }
  const pledge = await requireOpenPledge(ctx, input.pledgeId);
  const donation = await recordDonation(ctx, {
    idempotencyKey: input.idempotencyKey,
    fundId: String(pledge.fund.id),
    donorId: pledge.donor ? String(pledge.donor.id) : null,
    campaignId: pledge.campaign ? String(pledge.campaign.id) : null,
    donatedOn: input.donatedOn,
    channel: input.channel,
    amount: pledge.amount,
    bankReference: input.bankReference ?? null,
    note: pledge.note ?? null,
  });
  pledge.status = PledgeStatus.FULFILLED;
  pledge.donation = donation;
  await ctx.em.flush();
  return donation;
}

export async function cancelPledge(ctx: Context, input: CancelPledgeInput): Promise<Pledge> {
  const pledge = await requireOpenPledge(ctx, input.pledgeId);
  pledge.status = PledgeStatus.CANCELLED;
  pledge.note = nfc(input.reason);
  await ctx.em.flush();
  return pledge;
}
