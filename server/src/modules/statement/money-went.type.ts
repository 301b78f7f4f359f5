import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { SupportPurpose } from '../support/support-purpose.js';

@InputType({ description: 'Whose spending: a fund or a campaign, in a period.' })
export class MoneyWentFilter {
  @Field(() => ID, { nullable: true, description: 'Spending out of this fund.' })
  fundId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Spending for this campaign, from any fund.' })
  campaignId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'From this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day.' })
  to?: string | null;
}

@ObjectType('SupportByUnitAndPurpose', {
  description: 'Support given in one unit for one purpose, net of reversals. No personal data.',
})
export class SupportByUnitAndPurposeType {
  @Field(() => ID, { description: 'The unit (commune or district) the support went to.' })
  unitId!: number;

  @Field(() => String, { description: 'Its name.' })
  unitName!: string;

  @Field(() => SupportPurpose, { description: 'What for.' })
  purpose!: SupportPurpose;

  @Field(() => MoneyScalar, { description: 'Cash given, whole VND.' })
  cash!: bigint;

  @Field(() => MoneyScalar, { description: 'Goods given, at appraised value.' })
  inKindValue!: bigint;

  @Field(() => Int, { description: 'How many grants of support.' })
  grants!: number;

  @Field(() => Int, {
    description: 'Households reached: distinct households helped, plus those the commune projects reach.',
  })
  households!: number;
}

@ObjectType('AllocationToFund', { description: 'Cash allocated to a lower fund, net of reversals.' })
export class AllocationToFundType {
  @Field(() => ID, { description: 'The receiving fund.' })
  fundId!: number;

  @Field(() => String, { description: 'Its name.' })
  fundName!: string;

  @Field(() => MoneyScalar, { description: 'Whole VND.' })
  amount!: bigint;
}

@ObjectType('MoneyWent', { description: 'Where the money went: support by unit and purpose, and allocations down.' })
export class MoneyWentType {
  @Field(() => [SupportByUnitAndPurposeType], { description: 'Support given, by unit and purpose.' })
  support!: SupportByUnitAndPurposeType[];

  @Field(() => [AllocationToFundType], { description: 'Cash allocated to lower funds.' })
  allocations!: AllocationToFundType[];
}
