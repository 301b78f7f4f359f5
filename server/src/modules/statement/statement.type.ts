import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { QuantityScalar } from '../../common/scalars/quantity.scalar.js';
import { DonationChannel } from '../donations/donation-enums.js';

@ObjectType('StatementLine', { description: 'One posted receipt as the public may see it (sao kê): no personal data.' })
export class StatementLineType {
  @Field(() => ID, { description: 'The donation’s id.' })
  id!: string;

  @Field(() => DateScalar, { description: 'The day it was received.' })
  date!: string;

  @Field(() => MoneyScalar, { description: 'Whole VND (goods: appraised value).' })
  amount!: bigint;

  @Field(() => DonationChannel, { description: 'Cash, bank transfer or goods.' })
  channel!: DonationChannel;

  @Field(() => QuantityScalar, { nullable: true, description: 'Goods: how many.' })
  quantity?: string | null;

  @Field(() => String, { nullable: true, description: 'Goods: the unit.' })
  quantityUnit?: string | null;

  @Field(() => String, { description: 'The donor’s name with their consent, otherwise "Nhà hảo tâm ẩn danh".' })
  donorName!: string;

  @Field(() => String, { nullable: true, description: 'The bank’s reference of a transfer.' })
  bankReference?: string | null;

  @Field(() => String, { description: 'The receipt number.' })
  receiptNumber!: string;

  @Field(() => String, { nullable: true, description: 'The description recorded with it.' })
  description?: string | null;
}

@ObjectType('StatementPageInfo', { description: 'Where the next page starts.' })
export class StatementPageInfoType {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last.' })
  endCursor?: string | null;

  @Field(() => Boolean, { description: 'true when there are more lines.' })
  hasNextPage!: boolean;
}

@ObjectType('StatementPage', { description: 'A page of the public statement, newest first, by keyset cursor.' })
export class StatementPageType {
  @Field(() => [StatementLineType], { description: 'The lines.' })
  nodes!: StatementLineType[];

  @Field(() => StatementPageInfoType, { description: 'Where the next page starts.' })
  pageInfo!: StatementPageInfoType;
}

@InputType({ description: 'Which receipts: a fund or a campaign, then any of the other conditions.' })
export class StatementFilter {
  @Field(() => ID, { nullable: true, description: 'Receipts of this fund.' })
  fundId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Receipts for this campaign, whatever fund received them.' })
  campaignId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the donor’s public name or the description, ignoring case and diacritics.',
  })
  @MaxLength(200)
  q?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Exactly this amount.' })
  amount?: bigint | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'At least this amount.' })
  amountMin?: bigint | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'At most this amount.' })
  amountMax?: bigint | null;

  @Field(() => DateScalar, { nullable: true, description: 'From this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Until this day.' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'This bank reference or receipt number, exactly.' })
  @MaxLength(100)
  reference?: string | null;
}

export const STATEMENT_PAGE_MAX = 100;
