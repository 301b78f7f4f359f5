import { ArrayMaxSize, ArrayMinSize, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { NotBlank } from '../../common/validators.js';
import { NominationStatus, RecipientKind } from './commendation-enums.js';

@InputType({ description: 'A recipient not yet on record.' })
export class NewRecipientInput {
  @Field(() => RecipientKind, { description: 'Collective, individual, household or business.' })
  kind!: RecipientKind;

  @Field(() => String, { description: 'The name as the certificate will print it.' })
  @NotBlank()
  @MaxLength(300)
  name!: string;

  @Field(() => String, { nullable: true, description: 'An individual’s position and workplace.' })
  @MaxLength(300)
  title?: string | null;

  @Field(() => ID, { description: 'The unit (commune, district, province) the recipient belongs to.' })
  unitId!: string;

  @Field(() => ID, { nullable: true, description: 'The organization, for a collective or business.' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Address (personal data: never public).' })
  @MaxLength(500)
  address?: string | null;
}

@InputType({ description: 'Changes to a recipient; omitted fields stay, null clears an optional one.' })
export class UpdateCommendationRecipientInput {
  @Field(() => ID, { description: 'The recipient.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a stale one is refused.' })
  version?: number | null;

  @Field(() => String, { nullable: true, description: 'The name.' })
  @NotBlank()
  @MaxLength(300)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Position and workplace.' })
  @MaxLength(300)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Address (personal data).' })
  @MaxLength(500)
  address?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Under discipline up to this day, included: no nomination dated before it passes.',
  })
  disciplineUntil?: string | null;
}

@InputType({ description: 'Metadata of a supporting document.' })
export class AttachmentInput {
  @Field(() => String, { description: 'Its title.' })
  @NotBlank()
  @MaxLength(300)
  name!: string;

  @Field(() => String, { description: 'Where it is kept: a document number, URL or file reference.' })
  @NotBlank()
  @MaxLength(500)
  reference!: string;

  @Field(() => String, { nullable: true, description: 'Its media type.' })
  @MaxLength(100)
  mediaType?: string | null;

  @Field(() => Int, { nullable: true, description: 'Its size in bytes.' })
  @Min(0)
  sizeBytes?: number | null;
}

@InputType({ description: 'A new nomination, saved as a draft of the proposing unit.' })
export class CreateNominationInput {
  @Field(() => ID, { description: 'The form or title proposed.' })
  formId!: string;

  @Field(() => ID, { nullable: true, description: 'A recipient on record; or give `recipient`.' })
  recipientId?: string | null;

  @Field(() => NewRecipientInput, { nullable: true, description: 'A recipient not yet on record.' })
  @ValidateNested()
  recipient?: NewRecipientInput | null;

  @Field(() => ID, { nullable: true, description: 'The campaign the achievement belongs to.' })
  campaignId?: string | null;

  @Field(() => ID, { description: 'The proposing unit (its emulation board prepares and submits).' })
  proposingUnitId!: string;

  @Field(() => ID, { nullable: true, description: 'The proposing organization, e.g. a district People’s Committee.' })
  proposingOrganizationId?: string | null;

  @Field(() => DateScalar, { description: 'The proposal’s date.' })
  proposedOn!: string;

  @Field(() => String, { description: 'The achievement.' })
  @NotBlank()
  @MaxLength(5000)
  achievement!: string;

  @Field(() => [Int], { defaultValue: [], description: 'Years of excellent results declared.' })
  @ArrayMaxSize(50)
  @Min(1990, { each: true })
  @Max(2100, { each: true })
  excellentYears!: number[];

  @Field(() => MoneyScalar, { nullable: true, description: 'Funds mobilized, VND.' })
  fundsMobilized?: bigint | null;

  @Field(() => Int, { nullable: true, description: 'Houses built or repaired.' })
  @Min(0)
  housesBuilt?: number | null;

  @Field(() => Int, { nullable: true, description: 'Households lifted out of poverty.' })
  @Min(0)
  householdsLiftedOut?: number | null;

  @Field(() => [AttachmentInput], { defaultValue: [], description: 'Supporting documents (metadata).' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  attachments!: AttachmentInput[];
}

@InputType({
  description: 'Changes to a draft or returned nomination; omitted fields stay, null clears an optional one.',
})
export class UpdateNominationInput {
  @Field(() => ID, { description: 'The nomination.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a stale one is refused.' })
  version?: number | null;

  @Field(() => ID, { nullable: true, description: 'Another form.' })
  formId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The campaign.' })
  campaignId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The proposal’s date.' })
  proposedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The achievement.' })
  @NotBlank()
  @MaxLength(5000)
  achievement?: string | null;

  @Field(() => [Int], { nullable: true, description: 'Years of excellent results declared.' })
  @ArrayMaxSize(50)
  @Min(1990, { each: true })
  @Max(2100, { each: true })
  excellentYears?: number[] | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Funds mobilized, VND.' })
  fundsMobilized?: bigint | null;

  @Field(() => Int, { nullable: true, description: 'Houses built or repaired.' })
  @Min(0)
  housesBuilt?: number | null;

  @Field(() => Int, { nullable: true, description: 'Households lifted out of poverty.' })
  @Min(0)
  householdsLiftedOut?: number | null;

  @Field(() => [AttachmentInput], { nullable: true, description: 'Supporting documents (replaces the list).' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  attachments?: AttachmentInput[] | null;
}

@InputType({ description: 'A step that needs only the nomination.' })
export class NominationStepInput {
  @Field(() => ID, { description: 'The nomination.' })
  id!: string;
}

@InputType({ description: 'The emulation council’s review of a submitted nomination.' })
export class ReviewNominationInput {
  @Field(() => ID, { description: 'The nomination.' })
  id!: string;

  @Field(() => DateScalar, { description: 'The day the council met.' })
  meetingOn!: string;

  @Field(() => Int, { description: 'Members present, 1–200.' })
  @Min(1)
  @Max(200)
  membersPresent!: number;

  @Field(() => Int, { description: 'Votes for.' })
  @Min(0)
  votesFor!: number;

  @Field(() => Int, { description: 'Votes against.' })
  @Min(0)
  votesAgainst!: number;

  @Field(() => String, { nullable: true, description: 'The minutes’ reference.' })
  @MaxLength(200)
  minutesRef?: string | null;
}

@InputType({ description: 'A step that needs a reason: rejecting or returning a nomination.' })
export class NominationReasonInput {
  @Field(() => ID, { description: 'The nomination.' })
  id!: string;

  @Field(() => String, { description: 'Why.' })
  @NotBlank()
  @MaxLength(2000)
  reason!: string;
}

@InputType({ description: 'Handing a decided commendation over to its recipient.' })
export class ConferCommendationInput {
  @Field(() => ID, { description: 'The nomination (decided).' })
  id!: string;

  @Field(() => DateScalar, { description: 'The day it was handed over.' })
  conferredOn!: string;
}

@InputType({ description: 'Which nominations to list (within your scope).' })
export class NominationFilter {
  @Field(() => String, { nullable: true, description: 'Words in the recipient’s name, ignoring diacritics.' })
  @MaxLength(200)
  q?: string | null;

  @Field(() => [NominationStatus], { nullable: true, description: 'Only these statuses.' })
  status?: NominationStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only for this form.' })
  formId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only for this campaign.' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only proposed by this unit or a unit under it (mergers included).' })
  proposingUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only of this recipient.' })
  recipientId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only those waiting for a step you may take now (your board’s work queue): drafts and returned ones to submit, others’ submissions to review or forward, decided ones to confer, forwarded ones your level decides, conferred ones to publish.',
  })
  awaitingMe?: boolean | null;
}

@InputType({
  description: 'What to check eligibility for, before a nomination exists (the form runs it as you type).',
})
export class EligibilityCheckInput {
  @Field(() => ID, { description: 'The form.' })
  formId!: string;

  @Field(() => ID, { nullable: true, description: 'The recipient on record, if any.' })
  recipientId?: string | null;

  @Field(() => RecipientKind, { nullable: true, description: 'The kind, for a recipient not on record yet.' })
  recipientKind?: RecipientKind | null;

  @Field(() => ID, { nullable: true, description: 'The campaign.' })
  campaignId?: string | null;

  @Field(() => DateScalar, { description: 'The proposal’s date.' })
  proposedOn!: string;

  @Field(() => [Int], { defaultValue: [], description: 'Years of excellent results declared.' })
  @ArrayMaxSize(50)
  excellentYears!: number[];
}

@InputType({ description: 'A decision covering one or more forwarded nominations.' })
export class RecordCommendationDecisionInput {
  @Field(() => String, { description: 'Its number as written, e.g. "1234/QĐ-UBND".' })
  @NotBlank()
  @MaxLength(100)
  number!: string;

  @Field(() => DateScalar, { description: 'The day it was signed.' })
  decidedOn!: string;

  @Field(() => String, { description: 'Who signed it.' })
  @NotBlank()
  @MaxLength(200)
  signerName!: string;

  @Field(() => String, { nullable: true, description: 'The signer’s title, e.g. "Chủ tịch UBND tỉnh".' })
  @MaxLength(300)
  signerTitle?: string | null;

  @Field(() => [ID], { description: 'The forwarded nominations it awards (1–500).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  nominationIds!: string[];
}
