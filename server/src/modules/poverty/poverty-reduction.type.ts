import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { PovertyFigureType } from './poverty-figure.type.js';
import { PovertyMeasure } from './poverty-measure.js';
import { PovertyStandardType } from './poverty-standard.type.js';

@ObjectType('PovertyReductionSegment', {
  description: 'The reviews of a period counted under one standard: rates are comparable within a segment only.',
})
export class PovertyReductionSegmentType {
  @Field(() => PovertyStandardType, { description: 'The standard.' })
  standard!: PovertyStandardType;

  @Field(() => PovertyFigureType, { description: 'Its first review in the period.' })
  start!: PovertyFigureType;

  @Field(() => PovertyFigureType, { description: 'Its last review in the period.' })
  end!: PovertyFigureType;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Start rate minus end rate, in points; null with a single review.',
  })
  changePoints?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Average reduction per year over its reviews, in points; null with a single review.',
  })
  averageReductionPerYear?: string | null;
}

@ObjectType('PovertyReduction', {
  description:
    'How the poor-household rate of a unit changed over a period, computed from the recorded counts, against a plan.',
})
export class PovertyReductionType {
  @Field(() => Int, { description: 'First year of the period.' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last year of the period.' })
  toYear!: number;

  @Field(() => PovertyMeasure, { description: 'Which rate.' })
  measure!: PovertyMeasure;

  @Field(() => Boolean, {
    description:
      'The rates are those the source stated (it gave no counts to derive them from); otherwise they are derived from the counts.',
  })
  ratesAsReported!: boolean;

  @Field(() => Int, { description: 'Years in the period.' })
  years!: number;

  @Field(() => Boolean, {
    description:
      'The period spans a change of poverty standard (e.g. 2021–2025: Decision 59/2015 then Decree 07/2021). Rates of two standards are never subtracted: start, end and the results then measure measuredFromYear–toYear under the closing standard only, the statement says so first, and segments lists each standard’s part.',
  })
  standardChanged!: boolean;

  @Field(() => Int, {
    description: 'First year the results measure: fromYear, or later when the standard changed.',
  })
  measuredFromYear!: number;

  @Field(() => [PovertyReductionSegmentType], {
    description: 'The period’s reviews cut by standard, oldest first (one segment when the standard did not change).',
  })
  segments!: PovertyReductionSegmentType[];

  @Field(() => PovertyStandardType, { description: 'The standard both figures were counted under.' })
  standard!: PovertyStandardType;

  @Field(() => PovertyFigureType, { description: 'At the start: the review of the year before the period.' })
  start!: PovertyFigureType;

  @Field(() => PovertyFigureType, { description: 'At the end: the review of the last year.' })
  end!: PovertyFigureType;

  @Field(() => Int, { description: 'Poor households at the end minus at the start.' })
  poorHouseholdsChange!: number;

  @Field(() => DecimalScalar, { description: 'Start rate minus end rate, in points (positive: fewer poor).' })
  changePoints!: string;

  @Field(() => DecimalScalar, { description: 'Average reduction per year, in points.' })
  averageReductionPerYear!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The planned reduction per year, in points: the one figure, or the lower bound of a range.',
  })
  plannedReductionPerYear?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The upper bound of a planned range ("3–4" gives 4.00); null for a single figure.',
  })
  plannedReductionPerYearMax?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Average reduction over the plan, in percent, measured against the plan’s LOWER bound (4.52 against 3–4 is 150.67).',
  })
  achievementPercent?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The average reached the plan’s lower bound (đạt kế hoạch).' })
  met?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The average beat the plan (vượt kế hoạch): above its upper bound, or above the single figure.',
  })
  exceeded?: boolean | null;

  @Field(() => String, { description: 'The average as reports write it: "bình quân mỗi năm giảm 1,92%".' })
  averagePhrase!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The result against the plan as reports write it: "đạt 150,25% kế hoạch, vượt kế hoạch".',
  })
  planPhrase?: string | null;

  @Field(() => String, { description: 'The result as a report writes it, in Vietnamese.' })
  statement!: string;

  @Field(() => String, { description: 'The result in English.' })
  statementEn!: string;
}
