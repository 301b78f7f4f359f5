import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { PovertyStandardType } from './poverty-standard.type.js';

@ObjectType('PovertyContribution', { description: 'A unit whose recorded statistic a figure includes.' })
export class PovertyContributionType {
  @Field(() => AdministrativeUnitType, { description: 'The unit.' })
  unit!: AdministrativeUnitType;

  @Field(() => Boolean, { description: 'The unit no longer exists (merged away, e.g. in 2025).' })
  former!: boolean;
}

@ObjectType('PovertyFigure', {
  description:
    'Poverty figures of a unit for one year’s review under one standard: its own recorded statistic, or the sum of those under it (through the hierarchy and the 2025 mergers). Rates are derived from the counts, in percent with two places. Public: aggregates, no personal data.',
})
export class PovertyFigureType {
  @Field(() => ID, { nullable: true, description: 'The recorded statistic, when the figure is exactly one.' })
  statisticId?: number | null;

  @Field(() => AdministrativeUnitType, { description: 'The unit the figure is for.' })
  unit!: AdministrativeUnitType;

  @Field(() => PovertyStandardType, { description: 'The standard the households were counted under.' })
  standard!: PovertyStandardType;

  @Field(() => Int, { description: 'The year of the review (its figures hold at the end of it).' })
  year!: number;

  @Field(() => Int, { description: 'All households.' })
  households!: number;

  @Field(() => Int, { description: 'Poor households.' })
  poorHouseholds!: number;

  @Field(() => Int, { nullable: true, description: 'Near-poor households; null when any part is unknown.' })
  nearPoorHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Ethnic-minority households; null when any part is unknown.' })
  ethnicMinorityHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Poor ethnic-minority households; null when any part is unknown.' })
  ethnicMinorityPoorHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'People; null when any part is unknown.' })
  people?: number | null;

  @Field(() => Int, { nullable: true, description: 'People in poor households; null when any part is unknown.' })
  poorPeople?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Poor households over all households, percent.' })
  poorRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Near-poor households over all households, percent.' })
  nearPoorRate?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Poor ethnic-minority households over ethnic-minority households, percent.',
  })
  ethnicMinorityPoorRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The poor rate the source states (one statistic only).' })
  reportedPoorRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The near-poor rate the source states.' })
  reportedNearPoorRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The ethnic-minority poor rate the source states.' })
  reportedEthnicMinorityPoorRate?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Derived minus reported poor rate, in points: non-zero when the source’s rate does not match its counts.',
  })
  poorRateDifference?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the figures come from (one statistic only).' })
  source?: string | null;

  @Field(() => [PovertyContributionType], { description: 'The units whose statistics the figure sums.' })
  contributions!: PovertyContributionType[];

  @Field(() => Boolean, {
    description: 'Includes units that no longer exist (e.g. former Ninh Thuận under Khánh Hòa).',
  })
  includesFormerUnits!: boolean;

  @Field(() => Boolean, {
    description:
      'In a series: this figure is counted under another standard than the one before it, so its rates are not comparable with the earlier ones (the series breaks here). False for the first figure and outside a series.',
  })
  standardChanged!: boolean;
}
