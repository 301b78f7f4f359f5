import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { CampaignType } from '../campaigns/campaign.type.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { Role } from '../users/role.js';
import type { CommendationDecision } from './commendation-decision.entity.js';
import { CommendationFormType } from './commendation-form.type.js';
import * as decisions from './decision.service.js';
import type { Nomination } from './nomination.entity.js';
import { RecordCommendationDecisionInput } from './nomination.inputs.js';
import { CommendationRecipientType } from './nomination.type.js';
import { CommendationFilter, CommendationOrder } from './registry.inputs.js';
import * as registry from './registry.service.js';
import {
  CommendationDecisionType,
  CommendationPage,
  CommendationTotalsType,
  CommendationType,
} from './registry.type.js';

const RecordDecisionPayload = PayloadType(
  'RecordCommendationDecision',
  CommendationDecisionType,
  'decision',
  'The decision, with the commendations it awarded.',
);

@Resolver(() => CommendationType)
export class CommendationResolver {
  @Query(() => CommendationPage, {
    description:
      'The registry of commendations, newest decision first. Public: published ones, with names but never ' +
      'addresses; emulation boards, auditors and administrators also see decided and conferred ones of their units.',
  })
  commendations(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CommendationFilter, { nullable: true, description: 'Which commendations.' })
    filter?: CommendationFilter,
    @Arg('orderBy', () => CommendationOrder, { nullable: true, description: 'Sort order.' })
    orderBy?: CommendationOrder,
  ) {
    return registry.listCommendations(ctx, filter, page, orderBy);
  }

  @Query(() => CommendationTotalsType, {
    description: 'Counts of the registry by form, level and recipient kind, for the commendations you may see.',
  })
  commendationTotals(
    @Ctx() ctx: Context,
    @Arg('filter', () => CommendationFilter, { nullable: true, description: 'Which commendations.' })
    filter?: CommendationFilter,
  ) {
    return registry.commendationTotals(ctx, filter);
  }

  @FieldResolver(() => CommendationFormType, { description: 'The form awarded.' })
  form(@Root() n: Nomination, @Ctx() ctx: Context) {
    return ctx.loaders.commendationForm.load(n.form.id);
  }

  @FieldResolver(() => CommendationRecipientType, { description: 'Who received it.' })
  recipient(@Root() n: Nomination, @Ctx() ctx: Context) {
    return ctx.loaders.commendationRecipient.load(n.recipient.id);
  }

  @FieldResolver(() => CampaignType, { nullable: true, description: 'The campaign of the achievement.' })
  campaign(@Root() n: Nomination, @Ctx() ctx: Context) {
    return n.campaign ? ctx.loaders.campaign.load(n.campaign.id) : null;
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit that proposed it.' })
  proposingUnit(@Root() n: Nomination, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(n.proposingUnit.id);
  }

  @FieldResolver(() => CommendationDecisionType, { description: 'The decision that awarded it.' })
  decision(@Root() n: Nomination, @Ctx() ctx: Context) {
    return ctx.loaders.commendationDecision.load(n.decision!.id);
  }

  @FieldResolver(() => Int, { description: 'The year of the decision.' })
  async year(@Root() n: Nomination, @Ctx() ctx: Context) {
    const decision = await ctx.loaders.commendationDecision.load(n.decision!.id);
    return Number(decision!.decidedOn.slice(0, 4));
  }
}

@Resolver(() => CommendationDecisionType)
export class CommendationDecisionResolver {
  @Query(() => CommendationDecisionType, {
    nullable: true,
    description: 'One decision by id, when you may see a commendation it awarded (the public: a published one).',
  })
  commendationDecision(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id.' }) id: string) {
    return decisions.findDecision(ctx, id);
  }

  @Authorized(Role.EMULATION_OFFICER)
  @Mutation(() => RecordDecisionPayload, {
    description:
      'Records a decision of the conferring level (its emulation board) and moves every nomination it covers ' +
      'from FORWARDED to DECIDED, all or none; each problem names its nomination (nominationIds.<index>).',
  })
  async recordCommendationDecision(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordCommendationDecisionInput, { description: 'The decision.' })
    input: RecordCommendationDecisionInput,
  ) {
    return {
      record: await mutate(ctx, 'recordCommendationDecision', (tx) => decisions.recordCommendationDecision(tx, input)),
    };
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit of the authority that decided.' })
  unit(@Root() d: CommendationDecision, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(d.unit.id);
  }

  @FieldResolver(() => [CommendationType], {
    description: 'The commendations it awarded that you may see (all of them once published; at most 100).',
  })
  async commendations(@Root() d: CommendationDecision, @Ctx() ctx: Context) {
    return (await registry.listCommendations(ctx, { decisionId: String(d.id) }, { offset: 0, limit: 100 } as PageArgs))
      .nodes;
  }
}
