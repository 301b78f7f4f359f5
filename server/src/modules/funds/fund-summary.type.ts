import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { GoodsTotalType } from './fund.type.js';

@ObjectType('MoneyByKey', { description: 'A cash total under a label (a channel, a donor kind…).' })
export class MoneyByKeyType {
  @Field(() => String, {
    description: 'The label, e.g. "BANK_TRANSFER" or "BUSINESS" ("ANONYMOUS" for gifts with no donor).',
  })
  key!: string;

  @Field(() => MoneyScalar, { description: 'Whole VND, net of reversals.' })
  amount!: bigint;
}

@ObjectType('FundSummary', {
  description:
    'A fund’s period report: opening balance + receipts + allocations in − out − disbursements = closing balance.',
})
export class FundSummaryType {
  @Field(() => ID, { description: 'The fund.' })
  fundId!: number;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the period (open when null).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the period (open when null).' })
  to?: string | null;

  @Field(() => MoneyScalar, { description: 'Cash before the period.' })
  openingBalance!: bigint;

  @Field(() => MoneyScalar, { description: 'Cash received in the period, net of reversed receipts.' })
  received!: bigint;

  @Field(() => [MoneyByKeyType], { description: 'Cash received by channel.' })
  receivedByChannel!: MoneyByKeyType[];

  @Field(() => [MoneyByKeyType], { description: 'Cash received by donor kind.' })
  receivedByDonorKind!: MoneyByKeyType[];

  @Field(() => MoneyScalar, { description: 'Cash allocated from higher funds.' })
  allocatedIn!: bigint;

  @Field(() => MoneyScalar, { description: 'Cash allocated to lower funds.' })
  allocatedOut!: bigint;

  @Field(() => MoneyScalar, { description: 'Cash given out as support.' })
  disbursed!: bigint;

  @Field(() => [MoneyByKeyType], { description: 'Cash given out by purpose (NEW_HOUSE, TET_GIFTS…).' })
  disbursedByPurpose!: MoneyByKeyType[];

  @Field(() => MoneyScalar, { description: 'Cash at the end of the period.' })
  closingBalance!: bigint;

  @Field(() => [GoodsTotalType], {
    description: 'Goods received in the period, by unit, at appraised value (never in cash).',
  })
  goodsReceived!: GoodsTotalType[];
}

@ObjectType('FundIntegrity', { description: 'The ledger check of one fund.' })
export class FundIntegrityType {
  @Field(() => ID, { description: 'The fund.' })
  fundId!: number;

  @Field(() => MoneyScalar, { description: 'Cash balance: the sum of the cash entries.' })
  balance!: bigint;

  @Field(() => MoneyScalar, {
    description: 'The same balance rebuilt kind by kind (receipts + in − out − disbursed + reversals).',
  })
  rebuilt!: bigint;

  @Field(() => [String], { description: 'What does not add up; empty when all is well.' })
  problems!: string[];
}

@ObjectType('LedgerIntegrity', { description: 'Proof that every fund’s figures add up.' })
export class LedgerIntegrityType {
  @Field(() => Boolean, { description: 'true when no fund has a problem.' })
  ok!: boolean;

  @Field(() => [FundIntegrityType], { description: 'Each fund’s check.' })
  funds!: FundIntegrityType[];
}
