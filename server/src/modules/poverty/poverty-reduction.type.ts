import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { PovertyFigureType } from './poverty-figure.type.js';
import { PovertyStandardType } from './poverty-standard.type.js';

@ObjectType('PovertyReduction', {
  description:
    'How the poor-household rate of a unit changed over a period, computed from the recorded counts, against a plan.',
})
export class PovertyReductionType {
  @Field(() => Int, { description: 'First year of the period.' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last year of the period.' })
  toYear!: number;

  @Field(() => Int, { description: 'Years in the period.' })
  years!: number;

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

  @Field(() => DecimalScalar, { nullable: true, description: 'The planned reduction per year, in points.' })
  plannedReductionPerYear?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Average reduction over the plan, in percent.' })
  achievementPercent?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The average reduction beat the plan (vượt kế hoạch).' })
  exceeded?: boolean | null;

  @Field(() => String, { description: 'The result as a report writes it, in Vietnamese.' })
  statement!: string;

  @Field(() => String, { description: 'The result in English.' })
  statementEn!: string;
}
