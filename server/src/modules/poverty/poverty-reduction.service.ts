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

/** The reviews of a period counted under one standard, first to last. */
export interface ReductionSegment {
  standard: PovertyStandard;
  start: PovertyFigure;
  end: PovertyFigure;
  /** Null when the standard has a single review in the period: nothing to compare. */
  changePoints: string | null;
  averageReductionPerYear: string | null;
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
  /** The period is not under one standard: the figures above measure measuredFromYear–toYear only. */
  standardChanged: boolean;
  measuredFromYear: number;
  segments: ReductionSegment[];
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

/** The named standard, or the one whose period holds the whole period; null when none does. */
async function standardFor(ctx: Context, query: ReductionQuery): Promise<PovertyStandard | null> {
  if (query.standardCode) return requireStandard(ctx, query.standardCode, 'standardCode');
  return ctx.em.findOne(PovertyStandard, { fromYear: { $lte: query.fromYear }, toYear: { $gte: query.toYear } });
}

function segmentOf(figures: PovertyFigure[], measure: PovertyMeasure): ReductionSegment {
  const start = figures[0]!;
  const end = figures[figures.length - 1]!;
  const startRate = rateOf(start, measure).rate;
  const endRate = rateOf(end, measure).rate;
  const comparable = end.year > start.year && startRate != null && endRate != null;
  const result = comparable ? reductionResult(startRate, endRate, start.year + 1, end.year, null, measure) : null;
  return {
    standard: start.standard,
    start,
    end,
    changePoints: result?.changePoints ?? null,
    averageReductionPerYear: result?.averageReductionPerYear ?? null,
  };
}

/** The series cut where the standard changes, oldest standard first. */
function segmentsOf(series: PovertyFigure[], measure: PovertyMeasure): ReductionSegment[] {
  const byStandard = new Map<string, PovertyFigure[]>();
  for (const figure of series) {
    byStandard.set(figure.standard.code, [...(byStandard.get(figure.standard.code) ?? []), figure]);
  }
  return [...byStandard.values()]
    .sort((a, b) => a[0]!.standard.fromYear - b[0]!.standard.fromYear)
    .map((figures) =>
      segmentOf(
        figures.sort((a, b) => a.year - b.year),
        measure,
      ),
    );
}

/** The sentence that warns a reader before any figure across a change of standard. */
function changeNotice(query: ReductionQuery, segments: ReductionSegment[], measuredFrom: number) {
  const codes = segments.map((s) => s.standard.code).join(' → ');
  const closing = segments[segments.length - 1]!.standard.code;
  return {
    vi:
      `Lưu ý: giai đoạn ${query.fromYear}–${query.toYear} có thay đổi chuẩn nghèo (${codes}); ` +
      `tỷ lệ theo các chuẩn khác nhau không so sánh được, nên mức giảm chỉ tính theo chuẩn ${closing} ` +
      `từ đầu năm ${measuredFrom} đến cuối năm ${query.toYear}. `,
    en:
      `Note: the poverty standard changed during ${query.fromYear}–${query.toYear} (${codes}); ` +
      `rates under different standards are not comparable, so the reduction is measured under ${closing} ` +
      `only, from the start of ${measuredFrom} to the end of ${query.toYear}. `,
  };
}

/**
 * The reduction of the poor-household rate (or another measure) over a period (fromYear–toYear):
 * from the review that opens it (end of fromYear − 1, "đầu năm") to the one that closes it (end of
 * toYear), against a plan given in points a year (a figure or a range), or else the campaign's
 * plan for the unit, or its povertyReductionTarget. A period no single standard covers is measured
 * under the closing standard only, and says so. Null when either review (or its rate) is missing.
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
  if (!standard) return reductionAcrossStandards(ctx, query, plan, measure);
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
    standardChanged: false,
    measuredFromYear: query.fromYear,
    segments: [segmentOf([start, end], measure)],
  };
}

/**
 * A period no single standard covers (2021–2025: the opening review of 2020 under Decision
 * 59/2015, the rest under Decree 07/2021). Rates of two standards are never subtracted: the
 * result measures the closing standard's part of the period, says so (standardChanged, the
 * statement's first sentence), and lists each standard's part in `segments`. Null when the
 * closing review, or a second review under the closing standard, is missing.
 */
async function reductionAcrossStandards(
  ctx: Context,
  query: ReductionQuery,
  plan: PlanRange | null,
  measure: PovertyMeasure,
): Promise<PovertyReduction | null> {
  const series = await povertySeries(ctx, { unitId: query.unitId, fromYear: query.fromYear - 1, toYear: query.toYear });
  const segments = segmentsOf(series, measure);
  const closing = segments[segments.length - 1];
  if (!closing || closing.end.year !== query.toYear || closing.start.year === closing.end.year) return null;
  const { start, end } = closing;
  const startRate = rateOf(start, measure);
  const endRate = rateOf(end, measure);
  if (!startRate.rate || !endRate.rate) return null;
  const measuredFromYear = start.year + 1;
  const result = reductionResult(startRate.rate, endRate.rate, measuredFromYear, query.toYear, plan, measure);
  const notice = changeNotice(query, segments, measuredFromYear);
  return {
    ...result,
    statement: notice.vi + result.statement,
    statementEn: notice.en + result.statementEn,
    measure,
    ratesAsReported: startRate.reported || endRate.reported,
    fromYear: query.fromYear,
    toYear: query.toYear,
    years: query.toYear - query.fromYear + 1,
    standard: closing.standard,
    start,
    end,
    poorHouseholdsChange: end.poorHouseholds - start.poorHouseholds,
    standardChanged: true,
    measuredFromYear,
    segments,
  };
}
