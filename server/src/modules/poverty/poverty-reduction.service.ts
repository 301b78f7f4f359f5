import type { Context } from '../../context.js';
import { badInput } from '../../common/errors.js';
import { lookupId } from '../../common/ids.js';
import { findCampaign } from '../campaigns/campaign.service.js';
import type { PovertyFigure } from './poverty-figure.js';
import { CampaignPlan } from '../plans/campaign-plan.entity.js';
import { planKindOf } from '../plans/plan-kind.js';
import { PovertyMeasure } from './poverty-measure.js';
import { reductionResult, type PlanRange, type ReductionResult } from './poverty-reduction.js';
import { povertySeries } from './poverty-series.service.js';
import { PovertyStandard } from './poverty-standard.entity.js';
import { requireStandard } from './poverty-statistic.service.js';

export interface ReductionQuery {
  unitId: string;
  fromYear: number;
  toYear: number;
  standardCode?: string | null;
  plannedReductionPerYear?: string | null;
  plannedReductionPerYearMax?: string | null;
  campaignId?: string | null;
  measure?: PovertyMeasure | null;
}

export interface PovertyReduction extends ReductionResult {
  fromYear: number;
  toYear: number;
  years: number;
  standard: PovertyStandard;
  start: PovertyFigure;
  end: PovertyFigure;
  poorHouseholdsChange: number;
  measure: PovertyMeasure;
  /** The rates come from what the source stated, as it gave no counts to derive them from. */
  ratesAsReported: boolean;
}

/** The rate of a figure for a measure: derived from the counts, or else the one the source stated. */
function rateOf(figure: PovertyFigure, measure: PovertyMeasure): { rate: string | null; reported: boolean } {
  if (measure === PovertyMeasure.POOR_RATE) return { rate: figure.poorRate, reported: false };
  if (figure.ethnicMinorityPoorRate) return { rate: figure.ethnicMinorityPoorRate, reported: false };
  return { rate: figure.reportedEthnicMinorityPoorRate, reported: figure.reportedEthnicMinorityPoorRate != null };
}

/**
 * The plan of a campaign for a unit and measure: its recorded plan for that unit (see the plans
 * module), or else, for the poor-household rate, the campaign's povertyReductionTarget.
 */
async function campaignPlan(ctx: Context, campaignId: string, unitId: string, measure: PovertyMeasure) {
  const campaign = await findCampaign(ctx, campaignId);
  if (!campaign) {
    throw badInput('campaignId', {
      vi: `Không có phong trào / cuộc vận động với id ${campaignId}`,
      en: `There is no campaign with id ${campaignId}`,
    });
  }
  const plan = await ctx.em.findOne(
    CampaignPlan,
    { campaign, unit: lookupId(unitId) ?? 0, kind: planKindOf(measure) },
    { orderBy: { id: 'asc' } },
  );
  if (plan?.minPointsPerYear) return { min: plan.minPointsPerYear, max: plan.maxPointsPerYear ?? null };
  if (measure === PovertyMeasure.POOR_RATE && campaign.povertyReductionTarget) {
    return { min: campaign.povertyReductionTarget, max: null };
  }
  return null;
}

/** The standard of a period: the named one, or the one whose period holds the whole of it. */
async function standardFor(ctx: Context, query: ReductionQuery): Promise<PovertyStandard> {
  if (query.standardCode) return requireStandard(ctx, query.standardCode, 'standardCode');
  const standard = await ctx.em.findOne(PovertyStandard, {
    fromYear: { $lte: query.fromYear },
    toYear: { $gte: query.toYear },
  });
  if (!standard) {
    throw badInput('standardCode', {
      vi: `Không có chuẩn nghèo nào áp dụng cho cả giai đoạn ${query.fromYear}–${query.toYear}; hãy chọn chuẩn nghèo`,
      en: `No poverty standard covers the whole of ${query.fromYear}–${query.toYear}; name one`,
    });
  }
  return standard;
}

/**
 * The reduction of the poor-household rate over a period (fromYear–toYear): from the review that
 * opens it (end of fromYear − 1, "đầu năm") to the one that closes it (end of toYear), against a
 * plan given in points a year (a figure or a range), or else the campaign's plan for the unit, or
 * its povertyReductionTarget. Null when either review (or its rate for the measure) is missing.
 */
export async function povertyReduction(ctx: Context, query: ReductionQuery): Promise<PovertyReduction | null> {
  if (query.toYear < query.fromYear) {
    throw badInput('toYear', {
      vi: 'Năm cuối giai đoạn không được trước năm đầu',
      en: 'The last year cannot come before the first',
    });
  }
  const standard = await standardFor(ctx, query);
  const measure = query.measure ?? PovertyMeasure.POOR_RATE;
  let plan: PlanRange | null = query.plannedReductionPerYear
    ? { min: query.plannedReductionPerYear, max: query.plannedReductionPerYearMax ?? null }
    : null;
  if (plan && plan.max != null && Number(plan.max) < Number(plan.min)) {
    throw badInput('plannedReductionPerYearMax', {
      vi: 'Mức cao của kế hoạch không được nhỏ hơn mức thấp',
      en: 'The upper bound of the plan cannot be below its lower bound',
    });
  }
  if (plan == null && query.campaignId) plan = await campaignPlan(ctx, query.campaignId, query.unitId, measure);
  const series = await povertySeries(ctx, {
    unitId: query.unitId,
    standardCode: standard.code,
    fromYear: query.fromYear - 1,
    toYear: query.toYear,
  });
  const start = series.find((f) => f.year === query.fromYear - 1);
  const end = series.find((f) => f.year === query.toYear);
  if (!start || !end) return null;
  const startRate = rateOf(start, measure);
  const endRate = rateOf(end, measure);
  if (!startRate.rate || !endRate.rate) return null;
  return {
    ...reductionResult(startRate.rate, endRate.rate, query.fromYear, query.toYear, plan, measure),
    measure,
    ratesAsReported: startRate.reported || endRate.reported,
    fromYear: query.fromYear,
    toYear: query.toYear,
    years: query.toYear - query.fromYear + 1,
    standard,
    start,
    end,
    poorHouseholdsChange: end.poorHouseholds - start.poorHouseholds,
  };
}
