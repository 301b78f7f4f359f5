import { ArrayMaxSize, ArrayMinSize, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { NotBlank } from '../../common/validators.js';
import { CommendationKind, ConferringAuthority, RecipientKind, RuleCondition } from './commendation-enums.js';

const CODE = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

@InputType({ description: 'Which catalogue forms to list.' })
export class CommendationFormFilter {
  @Field(() => String, { nullable: true, description: 'Words in the name or code, ignoring diacritics.' })
  @MaxLength(200)
  q?: string | null;

  @Field(() => CommendationKind, { nullable: true, description: 'Only this family.' })
  kind?: CommendationKind | null;

  @Field(() => ConferringAuthority, { nullable: true, description: 'Only forms this authority confers.' })
  authority?: ConferringAuthority | null;

  @Field(() => RecipientKind, { nullable: true, description: 'Only forms that may go to this kind of recipient.' })
  recipientKind?: RecipientKind | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only forms taking new nominations.' })
  activeOnly?: boolean | null;
}

@InputType({ description: 'A new form or title of the catalogue.' })
export class CreateCommendationFormInput {
  @Field(() => String, { description: 'Stable code: capitals, digits and dashes, e.g. "BK-TINH".' })
  @Matches(CODE)
  code!: string;

  @Field(() => String, { description: 'Vietnamese name.' })
  @NotBlank()
  @MaxLength(300)
  name!: string;

  @Field(() => CommendationKind, { description: 'Its family.' })
  kind!: CommendationKind;

  @Field(() => String, { nullable: true, description: 'The class, e.g. "Hạng Nhì".' })
  @MaxLength(50)
  grade?: string | null;

  @Field(() => ConferringAuthority, { description: 'Who confers it.' })
  authority!: ConferringAuthority;

  @Field(() => [RecipientKind], { description: 'Who it may go to (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  recipientKinds!: RecipientKind[];

  @Field(() => DecimalScalar, { nullable: true, description: 'Cash reward (individual), multiples of base salary.' })
  cashRewardMultiple?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Cash reward (collective), multiples of base salary.' })
  collectiveCashRewardMultiple?: string | null;

  @Field(() => String, { nullable: true, description: 'The legal basis.' })
  @MaxLength(500)
  legalBasis?: string | null;

  @Field(() => Int, { defaultValue: 1000, description: 'Position in the catalogue, highest distinction first.' })
  @Min(0)
  @Max(100000)
  rank!: number;
}

@InputType({ description: 'Changes to a catalogue form; omitted fields stay, null clears an optional one.' })
export class UpdateCommendationFormInput {
  @Field(() => ID, { description: 'The form.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Vietnamese name.' })
  @NotBlank()
  @MaxLength(300)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The class.' })
  @MaxLength(50)
  grade?: string | null;

  @Field(() => [RecipientKind], { nullable: true, description: 'Who it may go to (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  recipientKinds?: RecipientKind[] | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Cash reward (individual).' })
  cashRewardMultiple?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Cash reward (collective).' })
  collectiveCashRewardMultiple?: string | null;

  @Field(() => String, { nullable: true, description: 'The legal basis.' })
  @MaxLength(500)
  legalBasis?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false: takes no new nominations.' })
  active?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Position in the catalogue.' })
  @Min(0)
  @Max(100000)
  rank?: number | null;
}

@InputType({ description: 'Which eligibility rules to list.' })
export class CommendationRuleFilter {
  @Field(() => ID, { nullable: true, description: 'Only rules of this form (rules for every form included).' })
  formId?: string | null;

  @Field(() => RuleCondition, { nullable: true, description: 'Only this condition.' })
  condition?: RuleCondition | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only rules in force on this day.' })
  inForceOn?: string | null;
}

@InputType({
  description:
    'A new version of an eligibility criterion. To change a criterion, end the old rule (endCommendationRule) ' +
    'the day before this one takes effect.',
})
export class CreateCommendationRuleInput {
  @Field(() => String, { description: 'Stable code, e.g. "BK-TTG-CN-YEARS-2030".' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,59}$/)
  code!: string;

  @Field(() => ID, { nullable: true, description: 'The form it governs; none: every form.' })
  formId?: string | null;

  @Field(() => [RecipientKind], { defaultValue: [], description: 'The recipient kinds it applies to; empty: all.' })
  @ArrayMaxSize(4)
  recipientKinds!: RecipientKind[];

  @Field(() => RuleCondition, { description: 'What it checks.' })
  condition!: RuleCondition;

  @Field(() => [String], { nullable: true, description: 'PRIOR_COMMENDATION: form codes that count (required).' })
  @ArrayMaxSize(20)
  priorFormCodes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'PRIOR_COMMENDATION: only within this many years, 1–50.' })
  @Min(1)
  @Max(50)
  withinYears?: number | null;

  @Field(() => Int, { nullable: true, description: 'CONSECUTIVE_GOOD_YEARS: how many years, 1–30 (required).' })
  @Min(1)
  @Max(30)
  years?: number | null;

  @Field(() => DateScalar, { description: 'First day in force.' })
  effectiveFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in force; none while in force.' })
  effectiveTo?: string | null;

  @Field(() => String, { description: 'What it requires, in Vietnamese.' })
  @NotBlank()
  @MaxLength(1000)
  description!: string;

  @Field(() => String, { nullable: true, description: 'The legal basis.' })
  @MaxLength(500)
  legalBasis?: string | null;
}

@InputType({ description: 'Ends a rule: it no longer applies to nominations dated after `effectiveTo`.' })
export class EndCommendationRuleInput {
  @Field(() => ID, { description: 'The rule.' })
  id!: string;

  @Field(() => DateScalar, { description: 'Its last day in force.' })
  effectiveTo!: string;
}
