import { Field, Int, ObjectType } from 'type-graphql';
import type { Context } from '../../../context.js';
import { DecimalScalar } from '../../../common/scalars/decimal.scalar.js';
import { viCount, viRate } from '../../../documents/vietnamese.js';
import type { PovertyFigure } from '../../poverty/poverty-figure.js';
import { PovertyFigureType } from '../../poverty/poverty-figure.type.js';
import { formatHundredths, parseHundredths } from '../../poverty/poverty-math.js';
import { povertyReduction, type PovertyReduction } from '../../poverty/poverty-reduction.service.js';
import { PovertyReductionType } from '../../poverty/poverty-reduction.type.js';
import { povertySeries } from '../../poverty/poverty-series.service.js';
import { PovertyStandard } from '../../poverty/poverty-standard.entity.js';
import { PovertyStandardType } from '../../poverty/poverty-standard.type.js';
import { count, rate, text, type ReportBlock } from '../report-blocks.js';
import type { ReportScope } from '../report-scope.js';
import type { ReportSection } from '../report-section.js';

@ObjectType('PlannedPovertyRate', {
  description: 'Where the poor-household rate would be at the end of a year on plan.',
})
export class PlannedPovertyRateType {
  @Field(() => Int, { description: 'The review year.' })
  year!: number;

  @Field(() => DecimalScalar, {
    description: 'The opening rate less the planned reduction for each year so far, in percent.',
  })
  rate!: string;
}

@ObjectType('ReportPoverty', {
  description: 'The poverty series of the unit over the period, with its reduction against the campaign’s plan.',
})
export class ReportPovertyType {
  @Field(() => PovertyStandardType, {
    nullable: true,
    description:
      'The standard whose period holds the whole report period; null when none does (then every standard’s figures are listed).',
  })
  standard?: PovertyStandard | null;

  @Field(() => [PovertyFigureType], {
    description: 'The yearly reviews from the one opening the period to its last year.',
  })
  series!: PovertyFigure[];

  @Field(() => PovertyReductionType, {
    nullable: true,
    description:
      'From start to end, on average a year, against the plan (povertyReduction); null when a review is missing.',
  })
  reduction?: PovertyReduction | null;

  @Field(() => [PlannedPovertyRateType], {
    description:
      'The plan line: the opening rate less the campaign’s planned reduction a year; empty without a plan or opening review.',
  })
  planLine!: PlannedPovertyRateType[];
}

/** The standard of the report period: the one whose period holds all of it, if any. */
export async function reportStandard(ctx: Context, scope: ReportScope): Promise<PovertyStandard | null> {
  return ctx.em.findOne(PovertyStandard, { fromYear: { $lte: scope.fromYear }, toYear: { $gte: scope.toYear } });
}

function planLine(scope: ReportScope, series: PovertyFigure[]): PlannedPovertyRateType[] {
  const planned = scope.campaign.povertyReductionTarget;
  const start = series.find((f) => f.year === scope.fromYear - 1)?.poorRate;
  if (!planned || !start) return [];
  const perYear = parseHundredths(planned);
  const opening = parseHundredths(start);
  const line: PlannedPovertyRateType[] = [];
  for (let year = scope.fromYear - 1; year <= scope.toYear; year++) {
    const rateThen = opening - perYear * BigInt(year - scope.fromYear + 1);
    line.push({ year, rate: formatHundredths(rateThen < 0n ? 0n : rateThen) });
  }
  return line;
}

/** II.3 The poverty series and its reduction, computed from the counts by the poverty module. */
export const povertySection: ReportSection<'poverty', ReportPovertyType> = {
  key: 'poverty',
  async build(ctx, scope) {
    const standard = await reportStandard(ctx, scope);
    const unitId = String(scope.unit.id);
    const series = await povertySeries(ctx, {
      unitId,
      standardCode: standard?.code,
      fromYear: scope.fromYear - 1,
      toYear: scope.toYear,
    });
    const reduction = standard
      ? await povertyReduction(ctx, {
          unitId,
          fromYear: scope.fromYear,
          toYear: scope.toYear,
          standardCode: standard.code,
          campaignId: String(scope.campaign.id),
        })
      : null;
    return { standard, series, reduction, planLine: planLine(scope, series) };
  },
  blocks(data) {
    const blocks: ReportBlock[] = [{ type: 'heading', level: 2, text: 'Kết quả giảm nghèo' }];
    if (data.reduction) blocks.push({ type: 'paragraph', text: data.reduction.statement });
    if (!data.series.length) {
      blocks.push({ type: 'paragraph', text: 'Chưa có số liệu rà soát hộ nghèo trong giai đoạn.' });
      return blocks;
    }
    const planned = new Map(data.planLine.map((p) => [p.year, p.rate]));
    blocks.push({
      type: 'table',
      sheet: 'Hộ nghèo',
      columns: [
        { header: 'Năm rà soát', kind: 'text' },
        { header: 'Chuẩn nghèo', kind: 'text' },
        { header: 'Tổng số hộ', kind: 'count' },
        { header: 'Hộ nghèo', kind: 'count' },
        { header: 'Tỷ lệ hộ nghèo (%)', kind: 'rate' },
        { header: 'Hộ cận nghèo', kind: 'count' },
        { header: 'Tỷ lệ hộ cận nghèo (%)', kind: 'rate' },
        { header: 'Kế hoạch (%)', kind: 'rate' },
      ],
      rows: data.series.map((f) => [
        text(String(f.year)),
        text(f.standard.code),
        count(f.households),
        count(f.poorHouseholds),
        rate(f.poorRate),
        f.nearPoorHouseholds == null ? null : count(f.nearPoorHouseholds),
        rate(f.nearPoorRate),
        rate(planned.get(f.year)),
      ]),
    });
    if (data.reduction) {
      const r = data.reduction;
      blocks.push({
        type: 'paragraph',
        text:
          `Số hộ nghèo ${r.poorHouseholdsChange <= 0 ? 'giảm' : 'tăng'} ${viCount(Math.abs(r.poorHouseholdsChange))} hộ ` +
          `(${viCount(r.start.poorHouseholds)} hộ đầu kỳ, ${viCount(r.end.poorHouseholds)} hộ cuối kỳ); tỷ lệ hộ nghèo ` +
          `${r.changePoints.startsWith('-') ? 'tăng' : 'giảm'} ${viRate(r.changePoints.replace('-', ''))} điểm phần trăm trong ${r.years} năm.`,
      });
    }
    return blocks;
  },
};
