import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { CommendationRuleType } from './commendation-form.type.js';

@ObjectType('RuleCheck', { description: 'The verdict of one eligibility rule, with its reason.' })
export class RuleCheckType {
  @Field(() => CommendationRuleType, { description: 'The rule, in the version in force on the proposal date.' })
  rule!: CommendationRuleType;

  @Field(() => Boolean, { description: 'The rule is met.' })
  passed!: boolean;

  @Field(() => String, { description: 'Why, in Vietnamese (English when the request asks for it).' })
  reason!: string;
}

@ObjectType('EligibilityReport', {
  description: 'Eligibility rule by rule: the rules in force on the proposal date for the form and recipient kind.',
})
export class EligibilityReportType {
  @Field(() => Boolean, { description: 'Every rule passes: the nomination may be submitted.' })
  eligible!: boolean;

  @Field(() => DateScalar, { description: 'The date the rules were chosen by.' })
  proposedOn!: string;

  @Field(() => [RuleCheckType], { description: 'One verdict per rule.' })
  checks!: RuleCheckType[];
}
