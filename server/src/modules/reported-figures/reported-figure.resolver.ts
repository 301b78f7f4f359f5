import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { DeletedPayloadType } from '../../common/deleted-payload.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { CampaignType } from '../campaigns/campaign.type.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { Role } from '../users/role.js';
import { consistencyFindings } from './consistency.service.js';
import { factValueOf } from './figure-facts.service.js';
import { exact, valueOf } from './figure-value.js';
import type { ReportedFigure } from './reported-figure.entity.js';
import {
  CreateReportedFigureInput,
  DeleteReportedFigureInput,
  ReportedFigureFilter,
  UpdateReportedFigureInput,
} from './reported-figure.inputs.js';
import * as figures from './reported-figure.service.js';
import {
  ConsistencyFindingType,
  FigureClaimType,
  FigureValueType,
  ReportedFigurePage,
  ReportedFigureType,
} from './reported-figure.type.js';

const CreatePayload = PayloadType('CreateReportedFigure', ReportedFigureType, 'figure', 'The new figure.');
const UpdatePayload = PayloadType('UpdateReportedFigure', ReportedFigureType, 'figure', 'The changed figure.');
const DeletePayload = DeletedPayloadType('DeleteReportedFigure', 'figure');

/** Reported figures are what public reports state: anyone reads them; the unit's Front staff keep them. */
@Resolver(() => ReportedFigureType)
export class ReportedFigureResolver {
  @Query(() => ReportedFigureType, { nullable: true, description: 'One reported figure.' })
  reportedFigure(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id.' }) id: string) {
    return figures.findFigure(ctx, id);
  }

  @Query(() => ReportedFigurePage, { description: 'Figures as campaigns’ reports state them, in report order.' })
  reportedFigures(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ReportedFigureFilter, { nullable: true, description: 'Which figures.' })
    filter?: ReportedFigureFilter,
  ) {
    return figures.listFigures(ctx, filter, page);
  }

  @Query(() => [ConsistencyFindingType], {
    description:
      'Checks a campaign’s reported figures (about a unit and those under it, when given): every total against the exact sum of its parts, and every figure that claims a fact against the recorded facts. Lists each inconsistency with the stated and computed values and their difference; a total that adds up is never listed.',
  })
  consistencyFindings(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID, { description: 'The campaign.' }) campaignId: string,
    @Arg('unitId', () => ID, { nullable: true, description: 'Only figures about this unit or units under it.' })
    unitId?: string,
  ) {
    return consistencyFindings(ctx, campaignId, unitId);
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => CreatePayload, { description: 'Records a figure as a report states it.' })
  async createReportedFigure(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateReportedFigureInput, { description: 'The figure.' }) input: CreateReportedFigureInput,
  ) {
    return { record: await mutate(ctx, 'createReportedFigure', (tx) => figures.createFigure(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => UpdatePayload, { description: 'Changes a reported figure.' })
  async updateReportedFigure(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateReportedFigureInput, { description: 'The changes.' }) input: UpdateReportedFigureInput,
  ) {
    return { record: await mutate(ctx, 'updateReportedFigure', (tx) => figures.updateFigure(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => DeletePayload, {
    description: 'Deletes a reported figure and its parts, recorded by mistake (the audit trail keeps them).',
  })
  async deleteReportedFigure(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteReportedFigureInput, { description: 'Which figure.' }) input: DeleteReportedFigureInput,
  ) {
    return { id: await mutate(ctx, 'deleteReportedFigure', (tx) => figures.deleteFigure(tx, input.id)) };
  }

  @FieldResolver(() => FigureValueType, { description: 'The stated value, with its Vietnamese text.' })
  value(@Root() figure: ReportedFigure) {
    return valueOf(figure.measure, exact(figure), figure.countUnit ?? null);
  }

  @FieldResolver(() => FigureClaimType, { nullable: true, description: 'The fact it claims, if any.' })
  claims(@Root() figure: ReportedFigure) {
    if (!figure.fact) return null;
    return {
      fact: figure.fact,
      purpose: figure.factPurpose ?? null,
      formCode: figure.factFormCode ?? null,
      recipientKind: figure.factRecipientKind ?? null,
      fromYear: figure.factFromYear ?? null,
      toYear: figure.factToYear ?? null,
    };
  }

  @FieldResolver(() => FigureValueType, {
    nullable: true,
    description: 'The claimed fact as the product holds it; null without a claim or without such facts.',
  })
  factValue(@Root() figure: ReportedFigure, @Ctx() ctx: Context) {
    return factValueOf(ctx, figure);
  }

  @FieldResolver(() => [ReportedFigureType], { description: 'Its parts, in order (empty for a single figure).' })
  parts(@Root() figure: ReportedFigure, @Ctx() ctx: Context) {
    return figures.partsOf(ctx, figure);
  }

  @FieldResolver(() => ReportedFigureType, { nullable: true, description: 'The total it is a part of.' })
  parent(@Root() figure: ReportedFigure, @Ctx() ctx: Context) {
    return figure.parent ? figures.findFigure(ctx, String(figure.parent.id)) : null;
  }

  @FieldResolver(() => CampaignType, { description: 'The campaign whose report states it.' })
  campaign(@Root() figure: ReportedFigure, @Ctx() ctx: Context) {
    return ctx.loaders.campaign.load(figure.campaign.id);
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit it is about.' })
  unit(@Root() figure: ReportedFigure, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(figure.unit.id);
  }
}
