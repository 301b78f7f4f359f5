import { Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateRangeInput } from '../../common/date-range.js';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { NotBlank } from '../../common/validators.js';
import { LedgerEntryKind } from './ledger-enums.js';

@InputType({ description: 'Which funds to list.' })
export class FundFilter {
  @Field(() => String, { nullable: true, description: 'Words in the name or code, ignoring case and diacritics.' })
  @MaxLength(200)
  q?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only funds of committees in this unit or under it.' })
  unitId?: string | null;
}

@InputType({ description: 'Which ledger entries to list.' })
export class LedgerEntryFilter {
  @Field(() => ID, { nullable: true, description: 'Only this fund’s entries.' })
  fundId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries for this campaign.' })
  campaignId?: string | null;

  @Field(() => LedgerEntryKind, { nullable: true, description: 'Only this kind.' })
  kind?: LedgerEntryKind | null;

  @Field(() => DateRangeInput, { nullable: true, description: 'Only entries dated in this period.' })
  period?: DateRangeInput | null;
}

@InputType({ description: 'A new fund for a Front committee.' })
export class CreateFundInput {
  @Field(() => ID, { description: 'The Front committee (an organization of kind FRONT_COMMITTEE).' })
  organizationId!: string;

  @Field(() => String, { description: 'Short unique code: capitals, digits, dashes, e.g. "QVNN-NT".' })
  @NotBlank()
  @MaxLength(30)
  @Matches(/^[A-Z0-9][A-Z0-9-]*$/)
  code!: string;

  @Field(() => String, { description: 'Name, e.g. "Quỹ Vì người nghèo tỉnh Ninh Thuận".' })
  @NotBlank()
  @MaxLength(300)
  name!: string;
}

@InputType({ description: 'Money sent from a fund to a lower level’s fund, both sides at once.' })
export class AllocateFundsInput {
  @Field(() => String, {
    description: 'A key you choose per allocation; a retry with the same key does nothing twice.',
  })
  @NotBlank()
  @MaxLength(100)
  idempotencyKey!: string;

  @Field(() => ID, { description: 'The fund the money leaves.' })
  fromFundId!: string;

  @Field(() => ID, { description: 'The lower fund it goes to (its unit lies under the source fund’s).' })
  toFundId!: string;

  @Field(() => MoneyScalar, { description: 'Whole VND, more than zero.' })
  amount!: bigint;

  @Field(() => DateScalar, { description: 'The day it moved; not in the future.' })
  entryDate!: string;

  @Field(() => ID, { nullable: true, description: 'The campaign it serves.' })
  campaignId?: string | null;

  @Field(() => String, { nullable: true, description: 'The decision behind it, e.g. "45/QĐ-MTTQ".' })
  @MaxLength(200)
  documentRef?: string | null;

  @Field(() => String, { nullable: true, description: 'What for.' })
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: 'Corrects a posted entry by posting its opposite.' })
export class ReverseLedgerEntryInput {
  @Field(() => String, { description: 'A key you choose per reversal; a retry does nothing twice.' })
  @NotBlank()
  @MaxLength(100)
  idempotencyKey!: string;

  @Field(() => ID, { description: 'The entry to reverse (either side of an allocation reverses both).' })
  entryId!: string;

  @Field(() => String, { description: 'Why: kept on the reversing entry.' })
  @NotBlank()
  @MaxLength(2000)
  reason!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The reversal’s date; today by default.' })
  entryDate?: string | null;
}
