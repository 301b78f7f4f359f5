import { Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NotBlank } from '../../common/validators.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { QuantityScalar } from '../../common/scalars/quantity.scalar.js';
import { RecipientKind } from '../commendations/commendation-enums.js';
import { SupportPurpose } from '../support/support-purpose.js';
import { FigureFact, FigureMeasure } from './figure-enums.js';

@InputType({ description: 'Which reported figures to list.' })
export class ReportedFigureFilter {
  @Field(() => ID, { nullable: true, description: 'Only of this campaign.' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only in this unit or under it (mergers included).' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the parts of this total.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only figures that are not a part of another.' })
  topLevelOnly?: boolean | null;
}

@InputType({ description: 'Which fact of the product a figure claims, and how to narrow it.' })
export class FigureFactInput {
  @Field(() => FigureFact, { description: 'The fact.' })
  fact!: FigureFact;

  @Field(() => SupportPurpose, {
    nullable: true,
    description: 'SUPPORT_AMOUNT, HOUSEHOLDS_SUPPORTED: only this purpose.',
  })
  purpose?: SupportPurpose | null;

  @Field(() => String, { nullable: true, description: 'COMMENDATIONS: only this form, e.g. "BK-TTG".' })
  @MaxLength(40)
  formCode?: string | null;

  @Field(() => RecipientKind, { nullable: true, description: 'COMMENDATIONS: only recipients of this kind.' })
  recipientKind?: RecipientKind | null;

  @Field(() => Int, { nullable: true, description: 'POOR_HOUSEHOLDS_REDUCTION: the first year of the period.' })
  @Min(2000)
  @Max(2100)
  fromYear?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'POOR_HOUSEHOLDS: the review year; POOR_HOUSEHOLDS_REDUCTION: the last year of the period.',
  })
  @Min(2000)
  @Max(2100)
  toYear?: number | null;
}

@InputType({ description: 'A figure as a report states it.' })
export class CreateReportedFigureInput {
  @Field(() => ID, { description: 'The campaign whose report states it.' })
  campaignId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit it is about, within the campaign’s scope; by default the campaign’s own unit.',
  })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The total this figure is a part of.' })
  parentId?: string | null;

  @Field(() => Int, { defaultValue: 0, description: 'Order among the parts (or among the totals).' })
  @Min(0)
  @Max(10000)
  position!: number;

  @Field(() => String, { description: 'What it is, as the report words it.' })
  @NotBlank()
  @MaxLength(500)
  label!: string;

  @Field(() => FigureMeasure, { description: 'Money or a count.' })
  measure!: FigureMeasure;

  @Field(() => MoneyScalar, { nullable: true, description: 'MONEY: whole VND ("84.184,73 triệu" is "84184730000").' })
  money?: bigint | null;

  @Field(() => QuantityScalar, { nullable: true, description: 'COUNT: the number, exact to three decimals.' })
  count?: string | null;

  @Field(() => String, { nullable: true, description: 'COUNT: what is counted ("hộ", "học viên").' })
  @MaxLength(50)
  countUnit?: string | null;

  @Field(() => FigureFactInput, { nullable: true, description: 'The fact it claims, to be checked against.' })
  claims?: FigureFactInput | null;

  @Field(() => String, { nullable: true, description: 'Where it is stated.' })
  @MaxLength(500)
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  @MaxLength(4000)
  note?: string | null;
}

@InputType({ description: 'Changes to a reported figure; omitted fields stay, null clears an optional one.' })
export class UpdateReportedFigureInput {
  @Field(() => ID, { description: 'The figure.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The unit, within the campaign’s scope.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The total it is a part of; null: none.' })
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order among the parts.' })
  @Min(0)
  @Max(10000)
  position?: number | null;

  @Field(() => String, { nullable: true, description: 'What it is.' })
  @NotBlank()
  @MaxLength(500)
  label?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'MONEY: whole VND.' })
  money?: bigint | null;

  @Field(() => QuantityScalar, { nullable: true, description: 'COUNT: the number.' })
  count?: string | null;

  @Field(() => String, { nullable: true, description: 'COUNT: what is counted; null clears it.' })
  @MaxLength(50)
  countUnit?: string | null;

  @Field(() => FigureFactInput, { nullable: true, description: 'The fact it claims; null: none.' })
  claims?: FigureFactInput | null;

  @Field(() => String, { nullable: true, description: 'Where it is stated; null clears it.' })
  @MaxLength(500)
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'A note; null clears it.' })
  @MaxLength(4000)
  note?: string | null;
}

@InputType({ description: 'Which figure to delete (with its parts).' })
export class DeleteReportedFigureInput {
  @Field(() => ID, { description: 'The figure.' })
  id!: string;
}
