import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, notFound, type Localized } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { nfc } from '../../common/search-text.js';
import { assertMayChangeFact, factUnit, requireFactCampaign } from '../campaign-facts/campaign-fact-scope.js';
import { unitsUnder } from '../campaign-facts/fact-values.js';
import { ACTIVITY_LABEL, ActivityKind, KINDS_WITH_PARTICIPANTS } from './activity-kind.js';
import type {
  CampaignActivityFilter,
  CreateCampaignActivityInput,
  UpdateCampaignActivityInput,
} from './activity.inputs.js';
import { CampaignActivity } from './campaign-activity.entity.js';

export const ACTIVITY: Localized = { vi: 'hoạt động', en: 'activity' };

/** Which activities a report over a span takes: those whose own years lie within it. */
export interface ActivityScope {
  unitId?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
}

/** One kind's totals: how many records, the counts and the people reached, summed. */
export interface ActivityTotal {
  kind: ActivityKind;
  records: number;
  count: number;
  /** Null when no record of the kind states participants. */
  participants: number | null;
}

function assertCoherent(activity: CampaignActivity) {
  if (activity.toYear < activity.fromYear) {
    throw badInput('toYear', {
      vi: 'Năm cuối không được trước năm đầu',
      en: 'The last year cannot come before the first',
    });
  }
  if (activity.heldOn) {
    const year = Number(activity.heldOn.slice(0, 4));
    if (year < activity.fromYear || year > activity.toYear) {
      throw badInput('heldOn', {
        vi: `Ngày tổ chức phải nằm trong các năm ${activity.fromYear}–${activity.toYear}`,
        en: `The day must fall within ${activity.fromYear}–${activity.toYear}`,
      });
    }
  }
  if (activity.participants != null && !KINDS_WITH_PARTICIPANTS.has(activity.kind)) {
    throw badInput('participants', {
      vi: 'Loại hoạt động này không có số người tham dự (chỉ đối thoại, tập huấn, tuyên truyền, hội nghị, hoạt động khác)',
      en: 'This kind of activity has no participants (only dialogues, courses, sessions, conferences, other)',
    });
  }
}

const text = (value: string | null | undefined) => (value?.trim() ? nfc(value.trim()) : null);

async function scopeWhere(ctx: Context, campaignId: string, scope: ActivityScope) {
  const where: FilterQuery<CampaignActivity>[] = [{ campaign: lookupId(campaignId) ?? 0 }];
  if (scope.unitId) {
    const unit = lookupId(scope.unitId);
    where.push({ unit: { $in: unit ? await unitsUnder(ctx, unit) : [] } });
  }
  if (scope.fromYear != null) where.push({ fromYear: { $gte: scope.fromYear } });
  if (scope.toYear != null) where.push({ toYear: { $lte: scope.toYear } });
  return { $and: where } as FilterQuery<CampaignActivity>;
}

/** A campaign's activities (for a report): in a unit and under it, within a span of years. */
export async function activitiesOf(ctx: Context, campaignId: string, scope: ActivityScope = {}) {
  return ctx.em.find(CampaignActivity, await scopeWhere(ctx, campaignId, scope), {
    orderBy: { kind: 'asc', fromYear: 'asc', id: 'asc' },
  });
}

/** The totals as a report words them: each kind's Vietnamese name and the units of its counts. */
export async function labelledActivityTotals(ctx: Context, campaignId: string, scope: ActivityScope = {}) {
  return (await activityTotals(ctx, campaignId, scope)).map((t) => ({
    ...t,
    label: ACTIVITY_LABEL[t.kind].vi,
    countUnit: ACTIVITY_LABEL[t.kind].unit,
    participantsUnit: ACTIVITY_LABEL[t.kind].participants ?? null,
  }));
}

/** A campaign's activity totals per kind, in the order of the ActivityKind enum. */
export async function activityTotals(ctx: Context, campaignId: string, scope: ActivityScope = {}) {
  const totals = new Map<ActivityKind, ActivityTotal>();
  for (const a of await activitiesOf(ctx, campaignId, scope)) {
    const total = totals.get(a.kind) ?? { kind: a.kind, records: 0, count: 0, participants: null };
    total.records++;
    total.count += a.count;
    if (a.participants != null) total.participants = (total.participants ?? 0) + a.participants;
    totals.set(a.kind, total);
  }
  return Object.values(ActivityKind).flatMap((kind) => totals.get(kind) ?? []);
}

export async function listActivities(
  ctx: Context,
  filter: CampaignActivityFilter | null | undefined,
  page: PageArgs,
): Promise<Page<CampaignActivity>> {
  const where: FilterQuery<CampaignActivity>[] = [];
  if (filter?.campaignId) where.push({ campaign: lookupId(filter.campaignId) ?? 0 });
  if (filter?.unitId) {
    const unit = lookupId(filter.unitId);
    where.push({ unit: { $in: unit ? await unitsUnder(ctx, unit) : [] } });
  }
  if (filter?.kind) where.push({ kind: filter.kind });
  if (filter?.year != null) where.push({ fromYear: { $lte: filter.year }, toYear: { $gte: filter.year } });
  return findPage(ctx.em, CampaignActivity, { $and: where }, { fromYear: 'asc', kind: 'asc', id: 'asc' }, page);
}

export async function findActivity(ctx: Context, id: string): Promise<CampaignActivity | null> {
  const rowId = lookupId(id);
  return rowId ? ctx.em.findOne(CampaignActivity, { id: rowId }) : null;
}

export async function createActivity(ctx: Context, input: CreateCampaignActivityInput): Promise<CampaignActivity> {
  const campaign = await requireFactCampaign(ctx, input.campaignId);
  const unit = await factUnit(ctx, campaign, input.unitId);
  const activity = ctx.em.create(CampaignActivity, {
    campaign,
    unit,
    kind: input.kind,
    count: input.count,
    participants: input.participants ?? null,
    fromYear: input.fromYear,
    toYear: input.toYear ?? input.fromYear,
    heldOn: input.heldOn ?? null,
    note: text(input.note),
  } as never);
  assertCoherent(activity);
  await ctx.em.flush();
  return activity;
}

async function requireActivity(ctx: Context, id: string): Promise<CampaignActivity> {
  const activity = await findActivity(ctx, id);
  if (!activity) throw notFound(ACTIVITY, id, 'id');
  await assertMayChangeFact(ctx, (await ctx.loaders.unit.load(activity.unit.id))!);
  return activity;
}

export async function updateActivity(ctx: Context, input: UpdateCampaignActivityInput): Promise<CampaignActivity> {
  const activity = await requireActivity(ctx, input.id);
  if (input.unitId) {
    activity.unit = await factUnit(ctx, (await ctx.loaders.campaign.load(activity.campaign.id))!, input.unitId);
  }
  if (input.kind) activity.kind = input.kind;
  if (input.count != null) activity.count = input.count;
  if (input.participants !== undefined) activity.participants = input.participants;
  if (input.fromYear != null) activity.fromYear = input.fromYear;
  if (input.toYear != null) activity.toYear = input.toYear;
  if (input.heldOn !== undefined) activity.heldOn = input.heldOn;
  if (input.note !== undefined) activity.note = text(input.note);
  assertCoherent(activity);
  await ctx.em.flush();
  return activity;
}

export async function deleteActivity(ctx: Context, id: string): Promise<string> {
  const activity = await requireActivity(ctx, id);
  ctx.em.remove(activity);
  await ctx.em.flush();
  return id;
}
