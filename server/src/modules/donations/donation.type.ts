import { QuantityScalar } from '../../common/scalars/quantity.scalar.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { PageType } from '../../common/pagination.js';
import { DonationChannel, DonationStatus } from './donation-enums.js';

@ObjectType('Donation', {
  description: 'A gift received into a fund (khoản ủng hộ), with its receipt and ledger entry.',
})
export class DonationType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => DateScalar, { description: 'The day it was received.' })
  donatedOn!: string;

  @Field(() => DonationChannel, { description: 'How it arrived.' })
  channel!: DonationChannel;

  @Field(() => MoneyScalar, { description: 'Whole VND; for goods, the appraised value (reported apart from cash).' })
  amount!: bigint;

  @Field(() => QuantityScalar, { nullable: true, description: 'Goods: how many.' })
  quantity?: string | null;

  @Field(() => String, { nullable: true, description: 'Goods: the unit, e.g. "con bò".' })
  quantityUnit?: string | null;

  @Field(() => String, { nullable: true, description: 'The bank’s reference for a transfer; posted to a fund once.' })
  bankReference?: string | null;

  @Field(() => String, {
    description: 'The receipt number the system issued: fund code, year, sequence, e.g. "QVNN-NT-2025-000001".',
  })
  receiptNumber!: string;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;

  @Field(() => DonationStatus, { description: 'Received or reversed.' })
  status!: DonationStatus;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;
}

export const DonationPage = PageType(DonationType, 'Donation');
