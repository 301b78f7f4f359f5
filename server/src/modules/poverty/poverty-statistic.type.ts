import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MaxLength, Max, Min } from 'class-validator';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { PageType } from '../../common/pagination.js';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { PovertyStandardType } from './poverty-standard.type.js';

/**
 * One recorded review as staff keep it (the list and form of the admin), with the rates derived
 * from its own counts. Roll-ups are PovertyFigure (povertySeries); this is what was entered.
 */
@ObjectType('PovertyStatistic', {
  description:
    'A recorded year’s poverty review of a unit under a standard, as entered or imported, with rates derived from its counts. Public: aggregates, no personal data.',
})
export class PovertyStatisticType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => AdministrativeUnitType, { description: 'The unit reviewed.' })
  unit!: AdministrativeUnitType;

  @Field(() => PovertyStandardType, { description: 'The standard it was counted under.' })
  standard!: PovertyStandardType;

  @Field(() => Int, { description: 'The year of the review.' })
  year!: number;

  @Field(() => Int, { description: 'All households.' })
  households!: number;

  @Field(() => Int, { description: 'Poor households.' })
  poorHouseholds!: number;

  @Field(() => Int, { nullable: true, description: 'Near-poor households, where known.' })
  nearPoorHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Ethnic-minority households, where known.' })
  ethnicMinorityHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Poor ethnic-minority households, where known.' })
  ethnicMinorityPoorHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'People, where known.' })
  people?: number | null;

  @Field(() => Int, { nullable: true, description: 'People in poor households, where known.' })
  poorPeople?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Derived: poor over all households, percent.' })
  poorRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Derived: near-poor over all households, percent.' })
  nearPoorRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The poor rate the source states.' })
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

  @Field(() => String, { nullable: true, description: 'Where the figures come from.' })
  source?: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was first recorded.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Bumped on every change; send it back in updates to refuse stale edits.' })
  version!: number;
}

export const PovertyStatisticPage = PageType(PovertyStatisticType, 'PovertyStatistic');

@InputType({ description: 'Which recorded statistics to list.' })
export class PovertyStatisticFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Only this unit and the units under it (and merged into it).',
  })
  unitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only this review year.' })
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Only under this standard (its code).' })
  @MaxLength(40)
  standardCode?: string | null;
}
