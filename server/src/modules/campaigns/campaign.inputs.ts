import { Matches, MaxLength, ValidateNested } from 'class-validator';
import { NotBlank } from '../../common/validators.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateRangeInput } from '../../common/date-range.js';
import { registerOrderFieldEnum } from '../../common/order.js';
import { OrderDirection } from '../../common/pagination.js';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { CampaignKind, CampaignStatus } from './campaign-enums.js';

@InputType({ description: 'Which campaigns to list. All conditions must hold.' })
export class CampaignFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words in the name, code or document number, ignoring case and diacritics ("ninh thuan").',
  })
  @MaxLength(200)
  q?: string | null;

  @Field(() => CampaignKind, { nullable: true, description: 'Only this kind.' })
  kind?: CampaignKind | null;

  @Field(() => CampaignStatus, { nullable: true, description: 'Only this status.' })
  status?: CampaignStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only campaigns organized by this organization.' })
  organizerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only campaigns scoped to this unit or a unit under it (historical units merged into it included).',
  })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this campaign.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only top-level campaigns (no parent).' })
  topLevelOnly?: boolean | null;

  @Field(() => DateRangeInput, { nullable: true, description: 'Only campaigns running at some point in this period.' })
  @ValidateNested()
  period?: DateRangeInput | null;
}

export enum CampaignOrderField {
  STARTS_ON = 'startsOn',
  NAME = 'name',
  CODE = 'code',
  MONEY_TARGET = 'moneyTarget',
  CREATED_AT = 'createdAt',
}

registerOrderFieldEnum(CampaignOrderField, 'CampaignOrderField', 'campaigns');

@InputType({ description: 'How to sort campaigns.' })
export class CampaignOrder {
  @Field(() => CampaignOrderField, { description: 'The field to sort by.' })
  field!: CampaignOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'The document that launched a campaign.' })
export class LaunchingDocumentInput {
  @Field(() => String, { description: 'Its number as written, e.g. "4492/KH-UBND".' })
  @NotBlank()
  @MaxLength(100)
  number!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was issued.' })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Who issued it.' })
  @MaxLength(300)
  issuer?: string | null;
}

@InputType({ description: 'A new campaign.' })
export class CreateCampaignInput {
  @Field(() => String, { description: 'Short unique code: capitals, digits, dashes, e.g. "HQ-2016-2020".' })
  @NotBlank()
  @MaxLength(40)
  @Matches(/^[A-Z0-9][A-Z0-9._/-]*$/)
  code!: string;

  @Field(() => CampaignKind, { description: 'What kind of drive it is.' })
  kind!: CampaignKind;

  @Field(() => String, { description: 'Full name.' })
  @NotBlank()
  @MaxLength(500)
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it is about.' })
  @MaxLength(5000)
  description?: string | null;

  @Field(() => DateScalar, { description: 'First day.' })
  startsOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; not before startsOn.' })
  endsOn?: string | null;

  @Field(() => LaunchingDocumentInput, { nullable: true, description: 'The launching document.' })
  @ValidateNested()
  document?: LaunchingDocumentInput | null;

  @Field(() => ID, { description: 'The organization that runs it.' })
  organizerId!: string;

  @Field(() => ID, { description: 'The unit it covers.' })
  scopeUnitId!: string;

  @Field(() => ID, { nullable: true, description: "The campaign it is part of; its scope must contain this one's." })
  parentId?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Money to raise, whole VND, not negative.' })
  moneyTarget?: bigint | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Planned poverty-rate reduction, points per year, 0–100.',
  })
  povertyReductionTarget?: string | null;

  @Field(() => CampaignStatus, { defaultValue: CampaignStatus.PLANNED, description: 'Initial status.' })
  status!: CampaignStatus;
}

@InputType({ description: 'Changes to a campaign; omitted fields stay as they are, null clears an optional one.' })
export class UpdateCampaignInput {
  @Field(() => ID, { description: 'The campaign to change.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited; when it is no longer current the update is refused with CONFLICT.',
  })
  version?: number | null;

  @Field(() => CampaignKind, { nullable: true, description: 'What kind of drive it is.' })
  kind?: CampaignKind | null;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  @NotBlank()
  @MaxLength(500)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is about.' })
  @MaxLength(5000)
  description?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day.' })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day.' })
  endsOn?: string | null;

  @Field(() => LaunchingDocumentInput, { nullable: true, description: 'The launching document.' })
  @ValidateNested()
  document?: LaunchingDocumentInput | null;

  @Field(() => ID, { nullable: true, description: 'The organization that runs it.' })
  organizerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit it covers.' })
  scopeUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The campaign it is part of.' })
  parentId?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Money to raise, whole VND.' })
  moneyTarget?: bigint | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Planned poverty-rate reduction, points per year.' })
  povertyReductionTarget?: string | null;

  @Field(() => CampaignStatus, { nullable: true, description: 'New status.' })
  status?: CampaignStatus | null;
}
