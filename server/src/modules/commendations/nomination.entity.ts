import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { NominationStatus } from './commendation-enums.js';
import { CommendationDecision } from './commendation-decision.entity.js';
import { CommendationForm } from './commendation-form.entity.js';
import { CommendationRecipient } from './commendation-recipient.entity.js';

/** Metadata of a supporting document; the file itself lives elsewhere. */
export interface AttachmentMeta {
  name: string;
  reference: string;
  mediaType?: string | null;
  sizeBytes?: number | null;
}

/**
 * A nomination (hồ sơ đề nghị khen thưởng) for one recipient and one form, and, once decided, the
 * commendation itself: the registry is the nominations that reached DECIDED or later.
 */
export class Nomination extends BaseRecord {
  form!: CommendationForm;
  recipient!: CommendationRecipient;
  campaign?: Campaign | null;
  proposingUnit!: AdministrativeUnit;
  proposingOrganization?: Organization | null;
  /** The unit of the authority that decides: the proposing unit's ancestor at the form's level. */
  conferringUnit!: AdministrativeUnit;
  /** The date of the proposal; it picks the eligibility rules in force. */
  proposedOn!: string;
  achievement!: string;
  /** Years of excellent results the file declares (hoàn thành xuất sắc nhiệm vụ). */
  excellentYears!: number[];
  /** The campaign's figures the achievement rests on. */
  fundsMobilized?: bigint | null;
  housesBuilt?: number | null;
  householdsLiftedOut?: number | null;
  attachments!: AttachmentMeta[];
  status!: NominationStatus;
  submittedBy?: User | null;
  submittedAt?: Date | null;
  councilMeetingOn?: string | null;
  councilMembersPresent?: number | null;
  votesFor?: number | null;
  votesAgainst?: number | null;
  minutesRef?: string | null;
  reviewedBy?: User | null;
  forwardedBy?: User | null;
  forwardedAt?: Date | null;
  decision?: CommendationDecision | null;
  /** Why it was last rejected or returned. */
  reason?: string | null;
  conferredOn?: string | null;
  publishedAt?: Date | null;
  version!: number;
}

export const NominationSchema = defineEntity({
  class: Nomination,
  properties: {
    ...baseProperties,
    form: () => p.manyToOne(CommendationForm).index(),
    recipient: () => p.manyToOne(CommendationRecipient).index(),
    campaign: () => p.manyToOne(Campaign).nullable().index(),
    proposingUnit: () => p.manyToOne(AdministrativeUnit).index(),
    proposingOrganization: () => p.manyToOne(Organization).nullable(),
    conferringUnit: () => p.manyToOne(AdministrativeUnit).index(),
    proposedOn: p.date(),
    achievement: p.text(),
    excellentYears: p.json<number[]>(),
    fundsMobilized: p.bigint('bigint').nullable(),
    housesBuilt: p.integer().nullable(),
    householdsLiftedOut: p.integer().nullable(),
    attachments: p.json<AttachmentMeta[]>(),
    status: p.enum(() => NominationStatus).index(),
    submittedBy: () => p.manyToOne(User).nullable(),
    submittedAt: p.datetime().columnType('timestamptz').nullable(),
    councilMeetingOn: p.date().nullable(),
    councilMembersPresent: p.integer().nullable(),
    votesFor: p.integer().nullable(),
    votesAgainst: p.integer().nullable(),
    minutesRef: p.string().length(200).nullable(),
    reviewedBy: () => p.manyToOne(User).nullable(),
    forwardedBy: () => p.manyToOne(User).nullable(),
    forwardedAt: p.datetime().columnType('timestamptz').nullable(),
    decision: () => p.manyToOne(CommendationDecision).nullable().index(),
    reason: p.text().nullable(),
    conferredOn: p.date().nullable(),
    publishedAt: p.datetime().columnType('timestamptz').nullable(),
    version: p.integer().version(),
  },
});

/** One step of a nomination's way, kept as a list the nomination shows (the audit trail has it too). */
export class NominationTransition extends BaseRecord {
  nomination!: Nomination;
  fromStatus?: NominationStatus | null;
  toStatus!: NominationStatus;
  actor?: User | null;
  actorLabel!: string;
  note?: string | null;
}

export const NominationTransitionSchema = defineEntity({
  class: NominationTransition,
  properties: {
    ...baseProperties,
    nomination: () => p.manyToOne(Nomination).index(),
    fromStatus: p.enum(() => NominationStatus).nullable(),
    toStatus: p.enum(() => NominationStatus),
    actor: () => p.manyToOne(User).nullable(),
    actorLabel: p.string().length(254),
    note: p.text().nullable(),
  },
});
