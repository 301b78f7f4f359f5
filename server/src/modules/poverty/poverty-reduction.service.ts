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

export interface PovertyReduction extends ReductionResult {
  fromYear: number;
  toYear: number;
  years: number;
  standard: PovertyStandard;
  start: PovertyFigure;
  end: PovertyFigure;
  poorHouseholdsChange: number;
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
  };
}
