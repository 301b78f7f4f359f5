// One function per step of a nomination's way. Each checks, in this order: the record is visible
// (else NOT_FOUND), the caller may take this step (else FORBIDDEN), the nomination stands where the
// step starts (else CONFLICT), the input makes sense (else BAD_USER_INPUT). Then it moves the
// status and records the transition, in the mutation's one transaction.
import type { Context } from '../../context.js';
import { badInput, UserError } from '../../common/errors.js';
import { nfc } from '../../common/search-text.js';
import { EMULATION_BOARD, assertCan, requireCaller } from '../users/access.js';
import { User } from '../users/user.entity.js';
import { NominationStatus } from './commendation-enums.js';
import { checkEligibility } from './eligibility.service.js';
import { assertBoardOf, assertDecidingLevel, assertNotSubmitter, requireNomination } from './nomination-access.js';
import type { Nomination } from './nomination.entity.js';
import type {
  ConferCommendationInput,
  NominationReasonInput,
  NominationStepInput,
  ReviewNominationInput,
} from './nomination.inputs.js';
import { assertStatus, recordTransition, subjectOf } from './nomination.service.js';

async function move(ctx: Context, nomination: Nomination, to: NominationStatus, note?: string | null) {
  const from = nomination.status;
  nomination.status = to;
  recordTransition(ctx, nomination, from, note);
  await ctx.em.flush();
  return nomination;
}

const me = (ctx: Context) => ctx.em.getReference(User, requireCaller(ctx).user.id);

/** DRAFT or RETURNED → SUBMITTED, by the proposing unit's board, only when every rule in force passes. */
export async function submitNomination(ctx: Context, input: NominationStepInput): Promise<Nomination> {
  const nomination = await requireNomination(ctx, input.id);
  await assertBoardOf(ctx, nomination);
  assertStatus(nomination, [NominationStatus.DRAFT, NominationStatus.RETURNED]);
  const failed = (await checkEligibility(ctx, subjectOf(nomination))).filter((c) => !c.passed);
  if (failed.length) {
    throw new UserError(
      'BAD_USER_INPUT',
      {
        vi: `Hồ sơ số ${nomination.id} chưa đủ tiêu chuẩn: ${failed.map((c) => c.reason.vi).join('; ')}`,
        en: `Nomination ${nomination.id} is not eligible: ${failed.map((c) => c.reason.en).join('; ')}`,
      },
      failed.map((c) => ({ field: `eligibility.${c.rule.code}`, message: c.reason })),
    );
  }
  nomination.submittedBy = me(ctx);
  nomination.submittedAt = new Date();
  nomination.reason = null;
  return move(ctx, nomination, NominationStatus.SUBMITTED);
}

/**
 * SUBMITTED → REVIEWED by the council of the proposing unit, never by the submitter. A vote where
 * no more than half of the members present agree rejects the nomination.
 */
export async function reviewNomination(ctx: Context, input: ReviewNominationInput): Promise<Nomination> {
  const nomination = await requireNomination(ctx, input.id);
  await assertBoardOf(ctx, nomination);
  assertNotSubmitter(ctx, nomination);
  assertStatus(nomination, [NominationStatus.SUBMITTED]);
  if (input.votesFor + input.votesAgainst > input.membersPresent) {
    throw badInput('votesFor', {
      vi: `Số phiếu (${input.votesFor} tán thành, ${input.votesAgainst} không tán thành) vượt số thành viên có mặt (${input.membersPresent})`,
      en: `More votes (${input.votesFor} for, ${input.votesAgainst} against) than members present (${input.membersPresent})`,
    });
  }
  if (input.meetingOn < nomination.proposedOn) {
    throw badInput('meetingOn', {
      vi: 'Hội đồng không thể họp trước ngày đề nghị',
      en: 'The council cannot meet before the proposal date',
    });
  }
  nomination.councilMeetingOn = input.meetingOn;
  nomination.councilMembersPresent = input.membersPresent;
  nomination.votesFor = input.votesFor;
  nomination.votesAgainst = input.votesAgainst;
  nomination.minutesRef = input.minutesRef ? nfc(input.minutesRef) : null;
  nomination.reviewedBy = me(ctx);
  if (input.votesFor * 2 <= input.membersPresent) {
    nomination.reason = `Hội đồng không thông qua: ${input.votesFor}/${input.membersPresent} thành viên có mặt tán thành`;
    return move(ctx, nomination, NominationStatus.REJECTED, nomination.reason);
  }
  return move(ctx, nomination, NominationStatus.REVIEWED);
}

/** REVIEWED → FORWARDED to the conferring authority, by the proposing unit's board, not the submitter. */
export async function forwardNomination(ctx: Context, input: NominationStepInput): Promise<Nomination> {
  const nomination = await requireNomination(ctx, input.id);
  await assertBoardOf(ctx, nomination);
  assertNotSubmitter(ctx, nomination);
  assertStatus(nomination, [NominationStatus.REVIEWED]);
  nomination.forwardedBy = me(ctx);
  nomination.forwardedAt = new Date();
  return move(ctx, nomination, NominationStatus.FORWARDED);
}

/**
 * Who may send a nomination back or refuse it: while it is with the proposing unit's council, that
 * council (not the submitter); once forwarded, only the conferring level.
 */
async function assertMayTurnDown(ctx: Context, nomination: Nomination) {
  if (nomination.status === NominationStatus.FORWARDED) await assertDecidingLevel(ctx, nomination);
  else await assertBoardOf(ctx, nomination);
  assertNotSubmitter(ctx, nomination);
}

const UNDER_REVIEW = [NominationStatus.SUBMITTED, NominationStatus.REVIEWED, NominationStatus.FORWARDED];

/** SUBMITTED / REVIEWED / FORWARDED → REJECTED, with a reason. Final. */
export async function rejectNomination(ctx: Context, input: NominationReasonInput): Promise<Nomination> {
  const nomination = await requireNomination(ctx, input.id);
  await assertMayTurnDown(ctx, nomination);
  assertStatus(nomination, UNDER_REVIEW);
  nomination.reason = nfc(input.reason);
  return move(ctx, nomination, NominationStatus.REJECTED, nomination.reason);
}

/** SUBMITTED / REVIEWED / FORWARDED → RETURNED, with a reason; the proposing unit may resubmit. */
export async function returnNomination(ctx: Context, input: NominationReasonInput): Promise<Nomination> {
  const nomination = await requireNomination(ctx, input.id);
  await assertMayTurnDown(ctx, nomination);
  assertStatus(nomination, UNDER_REVIEW);
  nomination.reason = nfc(input.reason);
  return move(ctx, nomination, NominationStatus.RETURNED, nomination.reason);
}

/** DECIDED → CONFERRED: handed over, recorded by the board of the proposing unit or above. */
export async function conferCommendation(ctx: Context, input: ConferCommendationInput): Promise<Nomination> {
  const nomination = await requireNomination(ctx, input.id);
  await assertBoardOf(ctx, nomination);
  assertStatus(nomination, [NominationStatus.DECIDED]);
  const decision = (await ctx.loaders.commendationDecision.load(nomination.decision!.id))!;
  if (input.conferredOn < decision.decidedOn) {
    throw badInput('conferredOn', {
      vi: 'Không thể trao tặng trước ngày ký quyết định',
      en: 'A commendation cannot be conferred before its decision',
    });
  }
  nomination.conferredOn = input.conferredOn;
  return move(ctx, nomination, NominationStatus.CONFERRED);
}

/** CONFERRED → PUBLISHED, by the board of the conferring unit (or above): from now on it is public. */
export async function publishCommendation(ctx: Context, input: NominationStepInput): Promise<Nomination> {
  const nomination = await requireNomination(ctx, input.id);
  await assertCan(ctx, EMULATION_BOARD, nomination.conferringUnit.id);
  assertStatus(nomination, [NominationStatus.CONFERRED]);
  nomination.publishedAt = new Date();
  return move(ctx, nomination, NominationStatus.PUBLISHED);
}
