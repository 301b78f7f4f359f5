import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { NotBlank } from '../../common/validators.js';
import { PageType } from '../../common/pagination.js';
import { DonationChannel } from '../donations/donation-enums.js';
import { PledgeStatus } from './pledge.entity.js';

@ObjectType('Pledge', { description: 'A promise to give, tracked apart from money received until it is paid.' })
export class PledgeType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => MoneyScalar, { description: 'The amount promised, whole VND.' })
  amount!: bigint;

  @Field(() => DateScalar, { description: 'The day it was promised.' })
  pledgedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it is due.' })
  dueOn?: string | null;

  @Field(() => PledgeStatus, { description: 'Open, fulfilled or cancelled.' })
  status!: PledgeStatus;

  @Field(() => String, { nullable: true, description: 'A note, or why it was cancelled.' })
  note?: string | null;
}

export const PledgePage = PageType(PledgeType, 'Pledge');

@InputType({ description: 'A promise to give.' })
export class RecordPledgeInput {
  @Field(() => String, { description: 'A key you choose; a retry never records twice.' })
  @NotBlank()
  @MaxLength(100)
  idempotencyKey!: string;

  @Field(() => ID, { description: 'The fund it will go to.' })
  fundId!: string;

  @Field(() => ID, { nullable: true, description: 'The donor; leave out when anonymous.' })
  donorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The campaign.' })
  campaignId?: string | null;

  @Field(() => MoneyScalar, { description: 'Whole VND promised, more than zero.' })
  amount!: bigint;

  @Field(() => DateScalar, { description: 'The day it was promised.' })
  pledgedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it is due; not before pledgedOn.' })
  dueOn?: string | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'A pledge paid: it becomes a donation for the amount promised.' })
export class FulfillPledgeInput {
  @Field(() => String, { description: 'A key you choose; a retry never records twice.' })
  @NotBlank()
  @MaxLength(100)
  idempotencyKey!: string;

  @Field(() => ID, { description: 'The open pledge.' })
  pledgeId!: string;

  @Field(() => DateScalar, { description: 'The day the money arrived.' })
  donatedOn!: string;

  @Field(() => DonationChannel, { description: 'CASH or BANK_TRANSFER.' })
  channel!: DonationChannel;

  @Field(() => String, { nullable: true, description: 'The bank’s reference, for a transfer.' })
  @MaxLength(100)
  bankReference?: string | null;
}

@InputType({ description: 'Withdraws an open pledge.' })
export class CancelPledgeInput {
  @Field(() => ID, { description: 'The open pledge.' })
  pledgeId!: string;

  @Field(() => String, { description: 'Why.' })
  @NotBlank()
  @MaxLength(2000)
  reason!: string;
}

@InputType({ description: 'Which pledges to list.' })
export class PledgeFilter {
  @Field(() => ID, { nullable: true, description: 'Only to this fund.' })
  fundId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only for this campaign.' })
  campaignId?: string | null;

  @Field(() => PledgeStatus, { nullable: true, description: 'Only this status.' })
  status?: PledgeStatus | null;
}
