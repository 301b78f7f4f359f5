import type { Context } from '../../context.js';
import { badInput } from '../../common/errors.js';
import { findCampaign } from '../campaigns/campaign.service.js';
import type { PovertyFigure } from './poverty-figure.js';
import { reductionResult, type ReductionResult } from './poverty-reduction.js';
import { povertySeries } from './poverty-series.service.js';
import { PovertyStandard } from './poverty-standard.entity.js';
import { requireStandard } from './poverty-statistic.service.js';

export interface ReductionQuery {
  unitId: string;
  fromYear: number;
  toYear: number;
  standardCode?: string | null;
  plannedReductionPerYear?: string | null;
  campaignId?: string | null;
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
  /** The period is not under one standard: the figures above measure measuredFromYear–toYear only. */
  standardChanged: boolean;
  measuredFromYear: number;
  segments: ReductionSegment[];
}

/** The named standard, or the one whose period holds the whole period; null when none does. */
async function standardFor(ctx: Context, query: ReductionQuery): Promise<PovertyStandard | null> {
  if (query.standardCode) return requireStandard(ctx, query.standardCode, 'standardCode');
  return ctx.em.findOne(PovertyStandard, { fromYear: { $lte: query.fromYear }, toYear: { $gte: query.toYear } });
}

function segmentOf(figures: PovertyFigure[]): ReductionSegment {
  const start = figures[0]!;
  const end = figures[figures.length - 1]!;
  const comparable = end.year > start.year && start.poorRate != null && end.poorRate != null;
  const result = comparable ? reductionResult(start.poorRate!, end.poorRate!, start.year + 1, end.year, null) : null;
  return {
    standard: start.standard,
    start,
    end,
    changePoints: result?.changePoints ?? null,
    averageReductionPerYear: result?.averageReductionPerYear ?? null,
  };
}

/** The series cut where the standard changes, oldest standard first. */
function segmentsOf(series: PovertyFigure[]): ReductionSegment[] {
  const byStandard = new Map<string, PovertyFigure[]>();
  for (const figure of series) {
    byStandard.set(figure.standard.code, [...(byStandard.get(figure.standard.code) ?? []), figure]);
  }
  return [...byStandard.values()]
    .sort((a, b) => a[0]!.standard.fromYear - b[0]!.standard.fromYear)
    .map((figures) => segmentOf(figures.sort((a, b) => a.year - b.year)));
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
 * The reduction of the poor-household rate over a period (fromYear–toYear): from the review that
 * opens it (end of fromYear − 1, "đầu năm") to the one that closes it (end of toYear), against a
 * plan given in points a year, or else the campaign's povertyReductionTarget. Null when either
 * review is missing.
 */
export async function povertyReduction(ctx: Context, query: ReductionQuery): Promise<PovertyReduction | null> {
  if (query.toYear < query.fromYear) {
    throw badInput('toYear', {
      vi: 'Năm cuối giai đoạn không được trước năm đầu',
      en: 'The last year cannot come before the first',
    });
  }
  const standard = await standardFor(ctx, query);
  let planned = query.plannedReductionPerYear ?? null;
  if (planned == null && query.campaignId) {
    const campaign = await findCampaign(ctx, query.campaignId);
    if (!campaign) {
      throw badInput('campaignId', {
        vi: `Không có phong trào / cuộc vận động với id ${query.campaignId}`,
        en: `There is no campaign with id ${query.campaignId}`,
      });
    }
    planned = campaign.povertyReductionTarget ?? null;
  }
  if (!standard) return reductionAcrossStandards(ctx, query, planned);
  const series = await povertySeries(ctx, {
    unitId: query.unitId,
    standardCode: standard.code,
    fromYear: query.fromYear - 1,
    toYear: query.toYear,
  });
  const start = series.find((f) => f.year === query.fromYear - 1);
  const end = series.find((f) => f.year === query.toYear);
  if (!start?.poorRate || !end?.poorRate) return null;
  return {
    ...reductionResult(start.poorRate, end.poorRate, query.fromYear, query.toYear, planned),
    fromYear: query.fromYear,
    toYear: query.toYear,
    years: query.toYear - query.fromYear + 1,
    standard,
    start,
    end,
    poorHouseholdsChange: end.poorHouseholds - start.poorHouseholds,
    standardChanged: false,
    measuredFromYear: query.fromYear,
    segments: [segmentOf([start, end])],
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
  planned: string | null,
): Promise<PovertyReduction | null> {
  const series = await povertySeries(ctx, { unitId: query.unitId, fromYear: query.fromYear - 1, toYear: query.toYear });
  const segments = segmentsOf(series);
  const closing = segments[segments.length - 1];
  if (!closing || closing.end.year !== query.toYear || closing.start.year === closing.end.year) return null;
  const { start, end } = closing;
  const measuredFromYear = start.year + 1;
  const result = reductionResult(start.poorRate!, end.poorRate!, measuredFromYear, query.toYear, planned);
  const notice = changeNotice(query, segments, measuredFromYear);
  return {
    ...result,
    statement: notice.vi + result.statement,
    statementEn: notice.en + result.statementEn,
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
