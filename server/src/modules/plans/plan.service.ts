import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, notFound, type Localized } from '../../common/errors.js';
import { lookupId } from '../../common/ids.js';
import { nfc } from '../../common/search-text.js';
import { formatHundredths, parseHundredths } from '../poverty/poverty-math.js';
import { assertMayChangeFact, factUnit, requireFactCampaign } from '../campaign-facts/campaign-fact-scope.js';
import { unitsUnder } from '../campaign-facts/fact-values.js';
import { CampaignPlan } from './campaign-plan.entity.js';
import { PlanKind } from './plan-kind.js';
import type { CreateCampaignPlanInput, UpdateCampaignPlanInput } from './plan.inputs.js';

export const PLAN: Localized = { vi: 'kế hoạch', en: 'plan' };

const text = (value: string | null | undefined) => (value?.trim() ? nfc(value.trim()) : null);
/** "3" and "3.0" are stored and shown as "3.00", as the column keeps them. */
const points = (value: string | null | undefined) => (value == null ? null : formatHundredths(parseHundredths(value)));

/** A plan is one kind of promise: points a year for a rate, VND for money; a range runs upwards. */
function assertCoherent(plan: CampaignPlan) {
  if (plan.toYear < plan.fromYear) {
    throw badInput('toYear', {
      vi: 'Năm cuối không được trước năm đầu',
      en: 'The last year cannot come before the first',
    });
  }
  if (plan.kind === PlanKind.MONEY_TO_RAISE) {
    if (plan.moneyAmount == null || plan.moneyAmount <= 0n) {
      throw badInput('moneyAmount', {
        vi: 'Kế hoạch vận động cần số tiền lớn hơn 0',
        en: 'A money plan needs an amount above 0',
      });
    }
    if (plan.minPointsPerYear != null || plan.maxPointsPerYear != null) {
      throw badInput('minPointsPerYear', {
        vi: 'Kế hoạch vận động tiền không có mức giảm tỷ lệ',
        en: 'A money plan has no points per year',
      });
    }
    return;
  }
  if (plan.moneyAmount != null) {
    throw badInput('moneyAmount', { vi: 'Kế hoạch giảm nghèo không có số tiền', en: 'A rate plan has no amount' });
  }
  const min = plan.minPointsPerYear == null ? null : parseHundredths(plan.minPointsPerYear);
  const max = plan.maxPointsPerYear == null ? null : parseHundredths(plan.maxPointsPerYear);
  if (min == null || min <= 0n || min > 10000n) {
    throw badInput('minPointsPerYear', {
      vi: 'Mức giảm mỗi năm phải lớn hơn 0 và không quá 100 điểm phần trăm',
      en: 'The reduction per year must be above 0 and at most 100 points',
    });
  }
  if (max != null && (max < min || max > 10000n)) {
    throw badInput('maxPointsPerYear', {
      vi: 'Mức cao của kế hoạch phải từ mức thấp đến 100 điểm phần trăm',
      en: 'The upper bound must lie between the lower bound and 100 points',
    });
  }
}

export async function findPlan(ctx: Context, id: string): Promise<CampaignPlan | null> {
  const rowId = lookupId(id);
  return rowId ? ctx.em.findOne(CampaignPlan, { id: rowId }) : null;
}

/** A campaign's plans, for its unit or (with unitId) for that unit and the units under it. */
export async function campaignPlans(ctx: Context, campaignId: string, unitId?: string | null): Promise<CampaignPlan[]> {
  const campaign = lookupId(campaignId);
  if (!campaign) return [];
  const where: FilterQuery<CampaignPlan> = { campaign };
  const unit = unitId ? lookupId(unitId) : null;
  if (unitId) Object.assign(where, { unit: { $in: unit ? await unitsUnder(ctx, unit) : [] } });
  return ctx.em.find(CampaignPlan, where, { orderBy: { kind: 'asc', fromYear: 'asc', id: 'asc' } });
}

export async function createCampaignPlan(ctx: Context, input: CreateCampaignPlanInput): Promise<CampaignPlan> {
  const campaign = await requireFactCampaign(ctx, input.campaignId);
  const unit = await factUnit(ctx, campaign, input.unitId);
  const plan = ctx.em.create(CampaignPlan, {
    campaign,
    unit,
    kind: input.kind,
    fromYear: input.fromYear,
    toYear: input.toYear,
    minPointsPerYear: points(input.minPointsPerYear),
    maxPointsPerYear: points(input.maxPointsPerYear),
    moneyAmount: input.moneyAmount ?? null,
    source: text(input.source),
    note: text(input.note),
  } as never);
  assertCoherent(plan);
  await ctx.em.flush();
  return plan;
}

async function requirePlan(ctx: Context, id: string): Promise<CampaignPlan> {
  const plan = await findPlan(ctx, id);
  if (!plan) throw notFound(PLAN, id, 'id');
  await assertMayChangeFact(ctx, (await ctx.loaders.unit.load(plan.unit.id))!);
  return plan;
}

export async function updateCampaignPlan(ctx: Context, input: UpdateCampaignPlanInput): Promise<CampaignPlan> {
  const plan = await requirePlan(ctx, input.id);
  if (input.unitId) {
    plan.unit = await factUnit(ctx, (await ctx.loaders.campaign.load(plan.campaign.id))!, input.unitId);
  }
  if (input.fromYear != null) plan.fromYear = input.fromYear;
  if (input.toYear != null) plan.toYear = input.toYear;
  if (input.minPointsPerYear !== undefined) plan.minPointsPerYear = points(input.minPointsPerYear);
  if (input.maxPointsPerYear !== undefined) plan.maxPointsPerYear = points(input.maxPointsPerYear);
  if (input.moneyAmount !== undefined) plan.moneyAmount = input.moneyAmount;
  if (input.source !== undefined) plan.source = text(input.source);
  if (input.note !== undefined) plan.note = text(input.note);
  assertCoherent(plan);
  await ctx.em.flush();
  return plan;
}

export async function deleteCampaignPlan(ctx: Context, id: string): Promise<string> {
  const plan = await requirePlan(ctx, id);
  ctx.em.remove(plan);
  await ctx.em.flush();
  return id;
}
