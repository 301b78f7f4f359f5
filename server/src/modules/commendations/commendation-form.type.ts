import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { PageType } from '../../common/pagination.js';
import { CommendationKind, ConferringAuthority, RecipientKind, RuleCondition } from './commendation-enums.js';

@ObjectType('CommendationForm', {
  description:
    'A form or title of the commendation catalogue (Law on Emulation and Commendation 2022): reference data, ' +
    'public, edited by system administrators.',
})
export class CommendationFormType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => String, { description: 'Stable code, e.g. "BK-TTG".' })
  code!: string;

  @Field(() => String, { description: 'Vietnamese name, e.g. "Bằng khen của Thủ tướng Chính phủ".' })
  name!: string;

  @Field(() => CommendationKind, { description: 'Its family: order, medal, Bằng khen, title…' })
  kind!: CommendationKind;

  @Field(() => String, { nullable: true, description: 'The class of an order or medal, e.g. "Hạng Nhất".' })
  grade?: string | null;

  @Field(() => ConferringAuthority, { description: 'Who confers it; fixes the level that decides.' })
  authority!: ConferringAuthority;

  @Field(() => [RecipientKind], { description: 'Who it may go to.' })
  recipientKinds!: RecipientKind[];

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Cash reward for an individual or household, in multiples of the base salary; null when none.',
  })
  cashRewardMultiple?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Cash reward for a collective or business, in multiples of the base salary; null when none.',
  })
  collectiveCashRewardMultiple?: string | null;

  @Field(() => String, { nullable: true, description: 'The legal basis.' })
  legalBasis?: string | null;

  @Field(() => Boolean, { description: 'Takes new nominations; inactive forms stay for the registry.' })
  active!: boolean;

  @Field(() => Int, { description: 'Position in the catalogue, highest distinction first.' })
  rank!: number;
}

export const CommendationFormPage = PageType(CommendationFormType, 'CommendationForm');

@ObjectType('CommendationRule', {
  description:
    'One version of an eligibility criterion: a condition over the recipient’s history with its parameters, ' +
    'for a form and recipient kinds, in force over a period. Nominations are judged by the rules in force on ' +
    'their proposal date.',
})
export class CommendationRuleType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => String, { description: 'Stable code, e.g. "BK-TTG-CN-PRIOR-2024".' })
  code!: string;

  @Field(() => [RecipientKind], { description: 'The recipient kinds it applies to; empty: all.' })
  recipientKinds!: RecipientKind[];

  @Field(() => RuleCondition, { description: 'What it checks.' })
  condition!: RuleCondition;

  @Field(() => DateScalar, { description: 'First day in force.' })
  effectiveFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in force; null while in force.' })
  effectiveTo?: string | null;

  @Field(() => String, { description: 'What it requires, in Vietnamese.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'The legal basis.' })
  legalBasis?: string | null;
}

export const CommendationRulePage = PageType(CommendationRuleType, 'CommendationRule');
