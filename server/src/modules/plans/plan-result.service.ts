import type { Context } from '../../context.js';
import { UserError } from '../../common/errors.js';
import { formatHundredths } from '../poverty/poverty-math.js';
import { achievement, planVerdict } from '../poverty/poverty-reduction.js';
import { povertyReduction, type PovertyReduction } from '../poverty/poverty-reduction.service.js';
import { raisedFor, unitsUnder } from '../campaign-facts/fact-values.js';
import type { CampaignPlan } from './campaign-plan.entity.js';
import { measureOf } from './plan-kind.js';
import { campaignPlans } from './plan.service.js';

/** Money received against a money plan: cash and goods (at appraised value) apart, and their sum. */
export interface PlanMoney {
  cash: bigint;
  inKindValue: bigint;
  raised: bigint;
  target: bigint;
}

/** A plan and what came of it, computed from the facts (never typed in). */
export interface PlanResult {
  plan: CampaignPlan;
  /** Rate plans: the reduction over the plan's years; null when a review is missing. */
  poverty: PovertyReduction | null;
  /** Money plans: what was received. */
  money: PlanMoney | null;
  /** Against the plan's lower bound (rate plans) or the amount (money plans), in percent. */
  achievementPercent: string | null;
  met: boolean | null;
  exceeded: boolean | null;
  /** The result as a report writes it; null when there is nothing to measure yet. */
  statement: string | null;
  statementEn: string | null;
}

/** 19000000000n → "19.000.000.000 đồng". */
export const viDong = (amount: bigint) => `${amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;

/**
 * What the campaign received into the funds of the plan's unit (and the units under it) over the
 * plan's years. Goods count at their appraised value here, and are shown apart: a plan such as
 * "vận động 19 tỷ đồng" for 1,000 cows is met by the cows.
 */
async function moneyResult(ctx: Context, plan: CampaignPlan): Promise<PlanResult> {
  const target = plan.moneyAmount!;
  const received = await raisedFor(ctx, plan.campaign.id, await unitsUnder(ctx, plan.unit.id), {
    from: `${plan.fromYear}-01-01`,
    to: `${plan.toYear}-12-31`,
  });
  const raised = received.cash + received.inKindValue;
  const result = achievement(raised, target, null);
  const verdict = planVerdict(result);
  const goods = received.inKindValue > 0n ? ` (trong đó hiện vật quy giá ${viDong(received.inKindValue)})` : '';
  return {
    plan,
    poverty: null,
    money: { ...received, raised, target },
    achievementPercent: result.percent == null ? null : formatHundredths(result.percent),
    met: result.met,
    exceeded: result.exceeded,
    statement: `Vận động được ${viDong(raised)}${goods}; kế hoạch ${viDong(target)}, ${verdict.vi}.`,
    statementEn: `Raised ${raised} VND (goods at appraised value: ${received.inKindValue} VND) against ${target} VND; ${verdict.en}.`,
  };
}

export async function planResult(ctx: Context, plan: CampaignPlan): Promise<PlanResult> {
  const measure = measureOf(plan.kind);
  if (!measure) return moneyResult(ctx, plan);
  const poverty = await povertyReduction(ctx, {
    unitId: String(plan.unit.id),
    fromYear: plan.fromYear,
    toYear: plan.toYear,
    plannedReductionPerYear: plan.minPointsPerYear!,
    plannedReductionPerYearMax: plan.maxPointsPerYear ?? null,
    measure,
  }).catch((error: unknown) => {
    // No standard covers the plan's years: nothing to measure yet, as with a missing review.
    if (error instanceof UserError) return null;
    throw error;
  });
  return {
    plan,
    poverty,
    money: null,
    achievementPercent: poverty?.achievementPercent ?? null,
    met: poverty?.met ?? null,
    exceeded: poverty?.exceeded ?? null,
    statement: poverty?.statement ?? null,
    statementEn: poverty?.statementEn ?? null,
  };
}

/** Every plan of a campaign (optionally for a unit and those under it) with its result. */
export async function campaignPlanResults(ctx: Context, campaignId: string, unitId?: string | null) {
  const results: PlanResult[] = [];
  for (const plan of await campaignPlans(ctx, campaignId, unitId)) results.push(await planResult(ctx, plan));
  return results;
}
