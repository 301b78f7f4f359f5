import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { PageType } from '../../common/pagination.js';
import { NominationStatus, RecipientKind } from './commendation-enums.js';

@ObjectType('CommendationRecipient', {
  description:
    'A collective, person, household or business nominated for or holding commendations; their history ' +
    'follows them. Names are public once a commendation is published; addresses never are.',
})
export class CommendationRecipientType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => RecipientKind, { description: 'Collective, individual, household or business.' })
  kind!: RecipientKind;

  @Field(() => String, { description: 'The name as the certificate prints it.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'An individual’s position and workplace.' })
  title?: string | null;

  @Field(() => Int, { description: 'Bumped on every change; send it back in updates to refuse stale edits.' })
  version!: number;
}

export const CommendationRecipientPage = PageType(CommendationRecipientType, 'CommendationRecipient');

@ObjectType('NominationAttachment', { description: 'Metadata of a supporting document of a nomination.' })
export class AttachmentType {
  @Field(() => String, { description: 'Its title, e.g. "Báo cáo thành tích".' })
  name!: string;

  @Field(() => String, { description: 'Where the file is kept: a document number, a URL or a file reference.' })
  reference!: string;

  @Field(() => String, { nullable: true, description: 'Its media type, e.g. "application/pdf".' })
  mediaType?: string | null;

  @Field(() => Int, { nullable: true, description: 'Its size in bytes.' })
  sizeBytes?: number | null;
}

@ObjectType('CouncilReview', {
  description: 'The emulation council’s meeting on a nomination: who was there and how they voted.',
})
export class CouncilReviewType {
  @Field(() => DateScalar, { description: 'The day the council met.' })
  meetingOn!: string;

  @Field(() => Int, { description: 'Members present.' })
  membersPresent!: number;

  @Field(() => Int, { description: 'Votes for.' })
  votesFor!: number;

  @Field(() => Int, { description: 'Votes against.' })
  votesAgainst!: number;

  @Field(() => String, { nullable: true, description: 'The minutes’ reference (biên bản số …).' })
  minutesRef?: string | null;

  @Field(() => Boolean, { description: 'More than half of the members present voted for.' })
  approved!: boolean;
}

@ObjectType('NominationTransition', { description: 'One step of a nomination’s way, who took it and why.' })
export class NominationTransitionType {
  @Field(() => NominationStatus, { nullable: true, description: 'The status before; null when it was created.' })
  fromStatus?: NominationStatus | null;

  @Field(() => NominationStatus, { description: 'The status after.' })
  toStatus!: NominationStatus;

  @Field(() => String, { description: 'Who took the step (their email at the time).' })
  actorLabel!: string;

  @Field(() => String, { nullable: true, description: 'The reason or note given.' })
  note?: string | null;

  @Field(() => DateTimeScalar, { description: 'When.' })
  createdAt!: Date;
}

@ObjectType('Nomination', {
  description:
    'A nomination (hồ sơ đề nghị khen thưởng) of one recipient for one form, on its way from the proposing ' +
    'unit’s emulation board to the conferring authority. Seen by the emulation boards, auditors and ' +
    'administrators of the proposing unit.',
})
export class NominationType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => NominationStatus, { description: 'Where it stands.' })
  status!: NominationStatus;

  @Field(() => DateScalar, { description: 'The proposal’s date; it picks the eligibility rules in force.' })
  proposedOn!: string;

  @Field(() => String, { description: 'The achievement, as the file states it.' })
  achievement!: string;

  @Field(() => [Int], { description: 'Years of excellent results the file declares.' })
  excellentYears!: number[];

  @Field(() => MoneyScalar, { nullable: true, description: 'Funds mobilized that the achievement rests on, VND.' })
  fundsMobilized?: bigint | null;

  @Field(() => Int, { nullable: true, description: 'Houses built or repaired that the achievement rests on.' })
  housesBuilt?: number | null;

  @Field(() => Int, { nullable: true, description: 'Households lifted out of poverty that it rests on.' })
  householdsLiftedOut?: number | null;

  @Field(() => [AttachmentType], { description: 'Supporting documents (metadata).' })
  attachments!: AttachmentType[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was (last) submitted.' })
  submittedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was forwarded to the conferring authority.' })
  forwardedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was last rejected or returned.' })
  reason?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was handed over.' })
  conferredOn?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was published.' })
  publishedAt?: Date | null;

  @Field(() => Int, { description: 'Bumped on every change; send it back to refuse stale edits.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt!: Date;
}

export const NominationPage = PageType(NominationType, 'Nomination');
