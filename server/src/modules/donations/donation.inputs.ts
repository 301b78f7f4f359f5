import { QuantityScalar } from '../../common/scalars/quantity.scalar.js';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateRangeInput } from '../../common/date-range.js';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { NotBlank } from '../../common/validators.js';
import { DonationChannel, DonationStatus } from './donation-enums.js';

@InputType({ description: 'Goods given in kind.' })
export class InKindInput {
  @Field(() => QuantityScalar, { description: 'How many, e.g. "1000" or "2.5" (up to 3 decimals), more than zero.' })
  quantity!: string;

  @Field(() => String, { description: 'The unit: "con bò", "kg gạo", "căn nhà", "thẻ BHYT"…' })
  @NotBlank()
  @MaxLength(50)
  unit!: string;
}

@InputType({ description: 'A donation to record.' })
export class RecordDonationInput {
  @Field(() => String, {
    description: 'A key you choose per donation (e.g. a UUID); retries with it never record twice.',
  })
  @NotBlank()
  @MaxLength(100)
  idempotencyKey!: string;

  @Field(() => ID, { description: 'The receiving fund.' })
  fundId!: string;

  @Field(() => ID, { nullable: true, description: 'The donor; leave out for an anonymous gift.' })
  donorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The campaign it is given to.' })
  campaignId?: string | null;

  @Field(() => DateScalar, { description: 'The day it was received; not in the future.' })
  donatedOn!: string;

  @Field(() => DonationChannel, { description: 'How it arrived.' })
  channel!: DonationChannel;

  @Field(() => MoneyScalar, {
    description: 'Whole VND, more than zero; for goods, their appraised value (zero allowed).',
  })
  amount!: bigint;

  @Field(() => InKindInput, { nullable: true, description: 'Required for IN_KIND, refused otherwise.' })
  inKind?: InKindInput | null;

  @Field(() => String, { nullable: true, description: 'The bank’s reference; required for BANK_TRANSFER.' })
  @MaxLength(100)
  bankReference?: string | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'Which donations to list.' })
export class DonationFilter {
  @Field(() => ID, { nullable: true, description: 'Only into this fund.' })
  fundId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only for this campaign.' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only from this donor.' })
  donorId?: string | null;

  @Field(() => DonationChannel, { nullable: true, description: 'Only this channel.' })
  channel?: DonationChannel | null;

  @Field(() => DonationStatus, { nullable: true, description: 'Only this status.' })
  status?: DonationStatus | null;

  @Field(() => DateRangeInput, { nullable: true, description: 'Only received in this period.' })
  period?: DateRangeInput | null;

  @Field(() => String, { nullable: true, description: 'This receipt number or bank reference, exactly.' })
  @MaxLength(100)
  reference?: string | null;
}
