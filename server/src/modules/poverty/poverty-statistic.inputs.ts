import { Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';

const MAX_COUNT = 100_000_000;

@InputType({
  description:
    'The result of one year’s poverty review in a unit under a standard; replaces what was recorded for that unit, standard and year.',
})
export class RecordPovertyStatisticInput {
  @Field(() => ID, { description: 'The administrative unit (a former one too, for its history).' })
  unitId!: string;

  @Field(() => String, { description: 'The poverty standard’s code, e.g. "QD-59-2015" or "ND-07-2021".' })
  @MaxLength(40)
  standardCode!: string;

  @Field(() => Int, {
    description:
      'The year of the review; its counts hold at the end of that year and at the start of the next ("đầu năm 2016" is the review of 2015).',
  })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int, { description: 'All households of the unit.' })
  @Min(1)
  @Max(MAX_COUNT)
  households!: number;

  @Field(() => Int, { description: 'Poor households.' })
  @Min(0)
  @Max(MAX_COUNT)
  poorHouseholds!: number;

  @Field(() => Int, { nullable: true, description: 'Near-poor households, where known.' })
  @Min(0)
  @Max(MAX_COUNT)
  nearPoorHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Ethnic-minority households, where known.' })
  @Min(0)
  @Max(MAX_COUNT)
  ethnicMinorityHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Poor ethnic-minority households, where known.' })
  @Min(0)
  @Max(MAX_COUNT)
  ethnicMinorityPoorHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'People living in the unit, where known.' })
  @Min(0)
  @Max(MAX_COUNT)
  people?: number | null;

  @Field(() => Int, { nullable: true, description: 'People in poor households, where known.' })
  @Min(0)
  @Max(MAX_COUNT)
  poorPeople?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The poor-household rate the source states, in percent.' })
  reportedPoorRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The near-poor rate the source states, in percent.' })
  reportedNearPoorRate?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The poor rate among ethnic-minority households the source states, in percent.',
  })
  reportedEthnicMinorityPoorRate?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the figures come from (report number and date).' })
  @MaxLength(500)
  source?: string | null;
}

@InputType({
  description:
    'Changes the counts of a recorded statistic (its unit, standard and year stay). An omitted field is left as it is; null clears an optional one.',
})
export class UpdatePovertyStatisticInput {
  @Field(() => ID, { description: 'The statistic to change.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited; when it is no longer current the update is refused with CONFLICT.',
  })
  version?: number | null;

  @Field(() => Int, { nullable: true, description: 'All households.' })
  @Min(1)
  @Max(MAX_COUNT)
  households?: number;

  @Field(() => Int, { nullable: true, description: 'Poor households.' })
  @Min(0)
  @Max(MAX_COUNT)
  poorHouseholds?: number;

  @Field(() => Int, { nullable: true, description: 'Near-poor households; null clears.' })
  @Min(0)
  @Max(MAX_COUNT)
  nearPoorHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Ethnic-minority households; null clears.' })
  @Min(0)
  @Max(MAX_COUNT)
  ethnicMinorityHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Poor ethnic-minority households; null clears.' })
  @Min(0)
  @Max(MAX_COUNT)
  ethnicMinorityPoorHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'People; null clears.' })
  @Min(0)
  @Max(MAX_COUNT)
  people?: number | null;

  @Field(() => Int, { nullable: true, description: 'People in poor households; null clears.' })
  @Min(0)
  @Max(MAX_COUNT)
  poorPeople?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The poor rate the source states; null clears.' })
  reportedPoorRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The near-poor rate the source states; null clears.' })
  reportedNearPoorRate?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The ethnic-minority poor rate the source states; null clears.',
  })
  reportedEthnicMinorityPoorRate?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the figures come from; null clears.' })
  @MaxLength(500)
  source?: string | null;
}
