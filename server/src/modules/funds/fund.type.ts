import { QuantityScalar } from '../../common/scalars/quantity.scalar.js';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { PageType } from '../../common/pagination.js';
import { LedgerEntryKind, Medium } from './ledger-enums.js';

@ObjectType('Fund', {
  description:
    'The Fund for the Poor (Quỹ Vì người nghèo) of one Front committee. Every figure on it is derived ' +
    'from its ledger; no balance is stored.',
})
export class FundType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => String, { description: 'Short unique code, printed in receipt numbers, e.g. "QVNN-NT".' })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. "Quỹ Vì người nghèo tỉnh Ninh Thuận".' })
  name!: string;

  @Field(() => DateTimeScalar, { description: 'When this record was created.' })
  createdAt!: Date;
}

export const FundPage = PageType(FundType, 'Fund');

@ObjectType('GoodsTotal', { description: 'Goods of one kind, in their own unit, with their appraised value.' })
export class GoodsTotalType {
  @Field(() => String, { description: 'The unit, e.g. "con bò", "kg gạo", "căn nhà", "thẻ BHYT".' })
  unit!: string;

  @Field(() => QuantityScalar, { description: 'How many (a decimal string, up to 3 places).' })
  quantity!: string;

  @Field(() => MoneyScalar, { description: 'Their appraised value, whole VND.' })
  value!: bigint;
}

@ObjectType('FundTotals', { description: "A fund's figures, all sums of its ledger entries (cash only unless said)." })
export class FundTotalsType {
  @Field(() => MoneyScalar, { description: 'Cash the fund holds now.' })
  balance!: bigint;

  @Field(() => MoneyScalar, { description: 'Cash received (donations), net of reversed receipts.' })
  received!: bigint;

  @Field(() => MoneyScalar, { description: 'Cash allocated to lower funds, net of reversals.' })
  allocatedOut!: bigint;

  @Field(() => MoneyScalar, { description: 'Cash allocated from higher funds, net of reversals.' })
  allocatedIn!: bigint;

  @Field(() => MoneyScalar, { description: 'Cash given out as support, net of reversals.' })
  disbursed!: bigint;

  @Field(() => [GoodsTotalType], {
    description: 'Goods held now, by unit (received less given out), never in the cash figures.',
  })
  goodsOnHand!: GoodsTotalType[];
}

@ObjectType('LedgerEntry', {
  description: 'One posting in a fund’s ledger. Never edited or deleted: corrected by a REVERSAL.',
})
export class LedgerEntryType {
  @Field(() => ID, { description: 'Stable id; increases with posting order.' })
  id!: string;

  @Field(() => LedgerEntryKind, { description: 'What it records.' })
  kind!: LedgerEntryKind;

  @Field(() => Medium, { description: 'Cash or goods.' })
  medium!: Medium;

  @Field(() => MoneyScalar, {
    description: 'Signed whole VND: positive into the fund, negative out (goods: appraised value).',
  })
  amount!: bigint;

  @Field(() => QuantityScalar, { nullable: true, description: 'Goods only: signed quantity.' })
  quantity?: string | null;

  @Field(() => String, { nullable: true, description: 'Goods only: the unit, e.g. "con bò".' })
  quantityUnit?: string | null;

  @Field(() => DateScalar, { description: 'The day the money or goods moved.' })
  entryDate!: string;

  @Field(() => String, { nullable: true, description: 'The document behind it (receipt number, decision, bank line).' })
  documentRef?: string | null;

  @Field(() => String, { nullable: true, description: 'What it was for, or why it was reversed.' })
  description?: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was posted.' })
  postedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The user who posted it.' })
  postedByUserId?: number | null;
}

export const LedgerEntryPage = PageType(LedgerEntryType, 'LedgerEntry');
