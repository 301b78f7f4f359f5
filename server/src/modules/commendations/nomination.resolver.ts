import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { badInput } from '../../common/errors.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { CampaignType } from '../campaigns/campaign.type.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { Role } from '../users/role.js';
import { CommendationFormType } from './commendation-form.type.js';
import { eligibilityReport } from './eligibility-report.js';
import { EligibilityReportType } from './eligibility.type.js';
import { findNomination, requireNomination } from './nomination-access.js';
import type { Nomination } from './nomination.entity.js';
import {
  ConferCommendationInput,
  CreateNominationInput,
  EligibilityCheckInput,
  NominationFilter,
  NominationReasonInput,
  NominationStepInput,
  ReviewNominationInput,
  UpdateNominationInput,
} from './nomination.inputs.js';
import * as nominations from './nomination.service.js';
import * as workflow from './nomination-workflow.service.js';
import {
  CommendationRecipientType,
  CouncilReviewType,
  NominationPage,
  NominationTransitionType,
  NominationType,
} from './nomination.type.js';
import { CommendationDecisionType } from './registry.type.js';

const payload = (name: string, description: string) => PayloadType(name, NominationType, 'nomination', description);
const CreatePayload = payload('CreateNomination', 'The new draft.');
const UpdatePayload = payload('UpdateNomination', 'The nomination as it is now.');
const SubmitPayload = payload('SubmitNomination', 'The nomination, now submitted.');
const ReviewPayload = payload('ReviewNomination', 'The nomination, reviewed (or rejected by the vote).');
const ForwardPayload = payload('ForwardNomination', 'The nomination, now forwarded.');
const RejectPayload = payload('RejectNomination', 'The nomination, now rejected.');
const ReturnPayload = payload('ReturnNomination', 'The nomination, now returned.');
const ConferPayload = payload('ConferCommendation', 'The nomination, now conferred.');
const PublishPayload = payload('PublishCommendation', 'The nomination, now published.');

const BOARD = Role.EMULATION_OFFICER;

@Resolver(() => NominationType)
export class NominationResolver {
  @Authorized(Role.EMULATION_OFFICER, Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => NominationType, { nullable: true, description: 'One nomination of your units.' })
  nomination(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id.' }) id: string) {
    return findNomination(ctx, id);
  }

  @Authorized(Role.EMULATION_OFFICER, Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => NominationPage, { description: 'Nominations proposed within your scope, newest first.' })
  nominations(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => NominationFilter, { nullable: true, description: 'Which nominations.' })
    filter?: NominationFilter,
  ) {
    return nominations.listNominations(ctx, filter, page);
  }

  @Authorized(Role.EMULATION_OFFICER, Role.AUDITOR, Role.SYSTEM_ADMIN)
  @Query(() => EligibilityReportType, {
    description:
      'Runs the eligibility rules in force on the proposal date, rule by rule: for a nomination (nominationId) ' +
      'or for what a nomination form holds before it is saved (input).',
  })
  async checkEligibility(
    @Ctx() ctx: Context,
    @Arg('nominationId', () => ID, { nullable: true, description: 'A nomination of your units.' })
    nominationId?: string,
    @Arg('input', () => EligibilityCheckInput, { nullable: true, description: 'Or: what to check.' })
    input?: EligibilityCheckInput,
  ) {
    if (!!nominationId === !!input) {
      throw badInput('nominationId', {
        vi: 'Cần đúng một trong hai: nominationId hoặc input',
        en: 'Give exactly one of nominationId and input',
      });
    }
    if (nominationId) {
      const nomination = await requireNomination(ctx, nominationId, 'nominationId');
      return eligibilityReport(ctx, nomination.proposedOn, await nominations.nominationEligibility(ctx, nomination));
    }
    return eligibilityReport(ctx, input!.proposedOn, await nominations.eligibilityFor(ctx, input!));
  }

  @Authorized(BOARD)
  @Mutation(() => CreatePayload, {
    description: 'Creates a draft nomination of the proposing unit (its emulation board).',
  })
  async createNomination(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateNominationInput, { description: 'The nomination.' }) input: CreateNominationInput,
  ) {
    return { record: await mutate(ctx, 'createNomination', (tx) => nominations.createNomination(tx, input)) };
  }

  @Authorized(BOARD)
  @Mutation(() => UpdatePayload, { description: 'Edits a draft or returned nomination (the proposing unit’s board).' })
  async updateNomination(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateNominationInput, { description: 'The changes.' }) input: UpdateNominationInput,
  ) {
    return { record: await mutate(ctx, 'updateNomination', (tx) => nominations.updateNomination(tx, input)) };
  }

  @Authorized(BOARD)
  @Mutation(() => SubmitPayload, {
    description:
      'DRAFT or RETURNED → SUBMITTED, by the proposing unit’s board; refused with every failing rule’s reason ' +
      'unless all eligibility rules in force pass.',
  })
  async submitNomination(
    @Ctx() ctx: Context,
    @Arg('input', () => NominationStepInput, { description: 'The nomination.' }) input: NominationStepInput,
  ) {
    return { record: await mutate(ctx, 'submitNomination', (tx) => workflow.submitNomination(tx, input)) };
  }

  @Authorized(BOARD)
  @Mutation(() => ReviewPayload, {
    description:
      'SUBMITTED → REVIEWED: the council’s meeting and vote, recorded by the proposing unit’s board, never by ' +
      'the submitter. Without a majority of the members present it becomes REJECTED.',
  })
  async reviewNomination(
    @Ctx() ctx: Context,
    @Arg('input', () => ReviewNominationInput, { description: 'The review.' }) input: ReviewNominationInput,
  ) {
    return { record: await mutate(ctx, 'reviewNomination', (tx) => workflow.reviewNomination(tx, input)) };
  }

  @Authorized(BOARD)
  @Mutation(() => ForwardPayload, {
    description: 'REVIEWED → FORWARDED to the conferring authority, by the proposing unit’s board (not the submitter).',
  })
  async forwardNomination(
    @Ctx() ctx: Context,
    @Arg('input', () => NominationStepInput, { description: 'The nomination.' }) input: NominationStepInput,
  ) {
    return { record: await mutate(ctx, 'forwardNomination', (tx) => workflow.forwardNomination(tx, input)) };
  }

  @Authorized(BOARD)
  @Mutation(() => RejectPayload, {
    description:
      'SUBMITTED / REVIEWED / FORWARDED → REJECTED with a reason: by the council before forwarding, by the ' +
      'conferring level after; never by the submitter.',
  })
  async rejectNomination(
    @Ctx() ctx: Context,
    @Arg('input', () => NominationReasonInput, { description: 'The nomination and why.' }) input: NominationReasonInput,
  ) {
    return { record: await mutate(ctx, 'rejectNomination', (tx) => workflow.rejectNomination(tx, input)) };
  }

  @Authorized(BOARD)
  @Mutation(() => ReturnPayload, {
    description:
      'SUBMITTED / REVIEWED / FORWARDED → RETURNED with a reason, for correction and resubmission; same ' +
      'permissions as rejecting.',
  })
  async returnNomination(
    @Ctx() ctx: Context,
    @Arg('input', () => NominationReasonInput, { description: 'The nomination and why.' }) input: NominationReasonInput,
  ) {
    return { record: await mutate(ctx, 'returnNomination', (tx) => workflow.returnNomination(tx, input)) };
  }

  @Authorized(BOARD)
  @Mutation(() => ConferPayload, {
    description: 'DECIDED → CONFERRED: the commendation was handed over (the proposing unit’s board or above).',
  })
  async conferCommendation(
    @Ctx() ctx: Context,
    @Arg('input', () => ConferCommendationInput, { description: 'The nomination and the day.' })
    input: ConferCommendationInput,
  ) {
    return { record: await mutate(ctx, 'conferCommendation', (tx) => workflow.conferCommendation(tx, input)) };
  }

  @Authorized(BOARD)
  @Mutation(() => PublishPayload, {
    description:
      'CONFERRED → PUBLISHED, by the board of the conferring level: from then on the public registry shows it ' +
      '(names, never addresses).',
  })
  async publishCommendation(
    @Ctx() ctx: Context,
    @Arg('input', () => NominationStepInput, { description: 'The nomination.' }) input: NominationStepInput,
  ) {
    return { record: await mutate(ctx, 'publishCommendation', (tx) => workflow.publishCommendation(tx, input)) };
  }

  @FieldResolver(() => CommendationFormType, { description: 'The form proposed.' })
  form(@Root() n: Nomination, @Ctx() ctx: Context) {
    return ctx.loaders.commendationForm.load(n.form.id);
  }

  @FieldResolver(() => CommendationRecipientType, { description: 'Who is nominated.' })
  recipient(@Root() n: Nomination, @Ctx() ctx: Context) {
    return ctx.loaders.commendationRecipient.load(n.recipient.id);
  }

  @FieldResolver(() => CampaignType, { nullable: true, description: 'The campaign the achievement belongs to.' })
  campaign(@Root() n: Nomination, @Ctx() ctx: Context) {
    return n.campaign ? ctx.loaders.campaign.load(n.campaign.id) : null;
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The proposing unit.' })
  proposingUnit(@Root() n: Nomination, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(n.proposingUnit.id);
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The proposing organization.' })
  proposingOrganization(@Root() n: Nomination, @Ctx() ctx: Context) {
    return n.proposingOrganization ? ctx.loaders.organization.load(n.proposingOrganization.id) : null;
  }

  @FieldResolver(() => AdministrativeUnitType, {
    description: 'The unit of the conferring authority, whose emulation board decides (the form’s level).',
  })
  conferringUnit(@Root() n: Nomination, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(n.conferringUnit.id);
  }

  @FieldResolver(() => CouncilReviewType, { nullable: true, description: 'The council’s review, once recorded.' })
  council(@Root() n: Nomination) {
    if (!n.councilMeetingOn) return null;
    return {
      meetingOn: n.councilMeetingOn,
      membersPresent: n.councilMembersPresent!,
      votesFor: n.votesFor!,
      votesAgainst: n.votesAgainst!,
      minutesRef: n.minutesRef ?? null,
      approved: n.votesFor! * 2 > n.councilMembersPresent!,
    };
  }

  @FieldResolver(() => CommendationDecisionType, { nullable: true, description: 'The decision, once decided.' })
  decision(@Root() n: Nomination, @Ctx() ctx: Context) {
    return n.decision ? ctx.loaders.commendationDecision.load(n.decision.id) : null;
  }

  @FieldResolver(() => [NominationTransitionType], { description: 'Every step so far, oldest first.' })
  transitions(@Root() n: Nomination, @Ctx() ctx: Context) {
    return ctx.loaders.nominationTransitions.load(n.id);
  }

  @FieldResolver(() => EligibilityReportType, {
    description: 'The eligibility rules in force on its proposal date, judged now, rule by rule.',
  })
  async eligibility(@Root() n: Nomination, @Ctx() ctx: Context) {
    return eligibilityReport(ctx, n.proposedOn, await nominations.nominationEligibility(ctx, n));
  }
}
