import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { PageType } from '../../common/pagination.js';
import { ConferringAuthority, NominationStatus, RecipientKind } from './commendation-enums.js';
import { CommendationFormType } from './commendation-form.type.js';

@ObjectType('CommendationDecision', {
  description: 'A decision of a conferring authority (quyết định khen thưởng); it may cover many commendations.',
})
export class CommendationDecisionType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => String, { description: 'Its number as written, e.g. "1234/QĐ-UBND".' })
  number!: string;

  @Field(() => DateScalar, { description: 'The day it was signed.' })
  decidedOn!: string;

  @Field(() => String, { description: 'Who signed it.' })
  signerName!: string;

  @Field(() => String, { nullable: true, description: 'The signer’s title.' })
  signerTitle?: string | null;

  @Field(() => ConferringAuthority, { description: 'The authority that decided.' })
  authority!: ConferringAuthority;
}

@ObjectType('Commendation', {
  description:
    'An entry of the registry: a nomination that was decided. The public sees published ones only, with ' +
    'names of recipients but never addresses; emulation boards, auditors and administrators also see ' +
    'decided and conferred ones of their units.',
})
export class CommendationType {
  @Field(() => ID, { description: 'Stable id (the nomination’s).' })
  id!: number;

  @Field(() => NominationStatus, { description: 'DECIDED, CONFERRED or PUBLISHED.' })
  status!: NominationStatus;

  @Field(() => String, { description: 'The achievement it rewards.' })
  achievement!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was handed over.' })
  conferredOn?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was published.' })
  publishedAt?: Date | null;
}

export const CommendationPage = PageType(CommendationType, 'Commendation');

@ObjectType('CommendationTotal', { description: 'How many commendations of one form went to one kind of recipient.' })
export class CommendationTotalType {
  @Field(() => CommendationFormType, { description: 'The form.' })
  form!: CommendationFormType;

  @Field(() => ConferringAuthority, { description: 'Who confers it (its level).' })
  authority!: ConferringAuthority;

  @Field(() => RecipientKind, { description: 'The kind of recipient.' })
  recipientKind!: RecipientKind;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType('CommendationTotals', {
  description:
    'Counts of the registry by form, level and recipient kind, e.g. "03 Bằng khen of the Prime Minister, 40 of ' +
    'the provincial chairman", for the commendations the caller may see.',
})
export class CommendationTotalsType {
  @Field(() => Int, { description: 'All matching commendations.' })
  totalCount!: number;

  @Field(() => [CommendationTotalType], { description: 'By form and recipient kind, highest distinction first.' })
  byForm!: CommendationTotalType[];
}
