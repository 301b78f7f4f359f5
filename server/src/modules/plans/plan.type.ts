import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { PovertyReductionType } from '../poverty/poverty-reduction.type.js';
import { PlanKind } from './plan-kind.js';

@ObjectType('CampaignPlan', {
  description:
    'A plan (kế hoạch, chỉ tiêu) of a campaign for a unit: reduce a poverty rate by so many points a year (a figure or a range such as 3–4), or raise so much money.',
})
export class CampaignPlanType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => PlanKind, { description: 'What it promises.' })
  kind!: PlanKind;

  @Field(() => Int, { description: 'First year.' })
  fromYear!: number;

  @Field(() => Int, { description: 'Last year.' })
  toYear!: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Rate plans: points a year, the one figure or the lower bound of a range.',
  })
  minPointsPerYear?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Rate plans: the upper bound of a range.' })
  maxPointsPerYear?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Money plans: whole VND to raise.' })
  moneyAmount?: bigint | null;

  @Field(() => String, { nullable: true, description: 'Where the plan is written.' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;
}

@ObjectType('PlanMoney', { description: 'Money received against a money plan.' })
export class PlanMoneyType {
  @Field(() => MoneyScalar, { description: 'Cash received, net of reversals.' })
  cash!: bigint;

  @Field(() => MoneyScalar, { description: 'Goods received, at appraised value.' })
  inKindValue!: bigint;

  @Field(() => MoneyScalar, { description: 'Cash plus goods: what the plan is measured on.' })
  raised!: bigint;

  @Field(() => MoneyScalar, { description: 'The plan’s amount.' })
  target!: bigint;
}

@ObjectType('PlanResult', { description: 'What came of a plan, computed from the recorded facts.' })
export class PlanResultType {
  @Field(() => PovertyReductionType, {
    nullable: true,
    description: 'Rate plans: the reduction over the plan’s years; null while a review is missing.',
  })
  poverty?: PovertyReductionType | null;

  @Field(() => PlanMoneyType, { nullable: true, description: 'Money plans: what was received.' })
  money?: PlanMoneyType | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Achievement in percent: a rate plan’s average reduction over its LOWER bound; a money plan’s money raised over its amount.',
  })
  achievementPercent?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The plan was met (its lower bound reached).' })
  met?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The plan was exceeded (vượt kế hoạch): beyond its upper bound, or beyond the single figure.',
  })
  exceeded?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The result as a report writes it, in Vietnamese.' })
  statement?: string | null;

  @Field(() => String, { nullable: true, description: 'The result in English.' })
  statementEn?: string | null;
}
