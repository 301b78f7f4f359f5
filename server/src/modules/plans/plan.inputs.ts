import { Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { PlanKind } from './plan-kind.js';

@InputType({ description: 'A new plan of a campaign for a unit.' })
export class CreateCampaignPlanInput {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit the plan is for, within the campaign’s scope; by default the campaign’s own unit.',
  })
  unitId?: string | null;

  @Field(() => PlanKind, { description: 'What it promises.' })
  kind!: PlanKind;

  @Field(() => Int, { description: 'First year of the plan.' })
  @Min(2000)
  @Max(2100)
  fromYear!: number;

  @Field(() => Int, { description: 'Last year of the plan.' })
  @Min(2000)
  @Max(2100)
  toYear!: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Rate plans: points a year, the one figure or the lower bound of a range ("3" of "3–4").',
  })
  minPointsPerYear?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Rate plans: the upper bound of a range ("4" of "3–4"); omit for a single figure.',
  })
  maxPointsPerYear?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Money plans: whole VND to raise.' })
  moneyAmount?: bigint | null;

  @Field(() => String, { nullable: true, description: 'Where the plan is written (resolution, plan number).' })
  @MaxLength(500)
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  @MaxLength(4000)
  note?: string | null;
}

@InputType({ description: 'Changes to a plan; omitted fields stay, null clears an optional one.' })
export class UpdateCampaignPlanInput {
  @Field(() => ID, { description: 'The plan.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The unit, within the campaign’s scope.' })
  unitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'First year.' })
  @Min(2000)
  @Max(2100)
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year.' })
  @Min(2000)
  @Max(2100)
  toYear?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Points a year (lower bound).' })
  minPointsPerYear?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Points a year (upper bound); null: a single figure.' })
  maxPointsPerYear?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Whole VND to raise.' })
  moneyAmount?: bigint | null;

  @Field(() => String, { nullable: true, description: 'Where the plan is written.' })
  @MaxLength(500)
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  @MaxLength(4000)
  note?: string | null;
}

@InputType({ description: 'Which record to delete.' })
export class DeleteCampaignPlanInput {
  @Field(() => ID, { description: 'The plan.' })
  id!: string;
}
