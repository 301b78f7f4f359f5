import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { DeletedPayloadType } from '../../common/deleted-payload.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { CampaignType } from '../campaigns/campaign.type.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { Role } from '../users/role.js';
import type { Exemplar } from './exemplar.entity.js';
import { CreateExemplarInput, DeleteExemplarInput, ExemplarFilter, UpdateExemplarInput } from './exemplar.inputs.js';
import * as exemplars from './exemplar.service.js';
import { ExemplarPage, ExemplarType } from './exemplar.type.js';

const CreatePayload = PayloadType('CreateExemplar', ExemplarType, 'exemplar', 'The new exemplar.');
const UpdatePayload = PayloadType('UpdateExemplar', ExemplarType, 'exemplar', 'The changed exemplar.');
const DeletePayload = DeletedPayloadType('DeleteExemplar', 'exemplar');

/** Exemplars are named in public reports: anyone reads them; the unit's Front staff keep them. */
@Resolver(() => ExemplarType)
export class ExemplarResolver {
  @Query(() => ExemplarType, { nullable: true, description: 'One exemplar.' })
  exemplar(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id.' }) id: string) {
    return exemplars.findExemplar(ctx, id);
  }

  @Query(() => ExemplarPage, {
    description: 'Exemplary people, collectives, households and livelihood models of campaigns.',
  })
  exemplars(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ExemplarFilter, { nullable: true, description: 'Which exemplars.' }) filter?: ExemplarFilter,
  ) {
    return exemplars.listExemplars(ctx, filter, page);
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => CreatePayload, { description: 'Records an exemplar of a campaign.' })
  async createExemplar(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateExemplarInput, { description: 'The exemplar.' }) input: CreateExemplarInput,
  ) {
    return { record: await mutate(ctx, 'createExemplar', (tx) => exemplars.createExemplar(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => UpdatePayload, { description: 'Changes an exemplar.' })
  async updateExemplar(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateExemplarInput, { description: 'The changes.' }) input: UpdateExemplarInput,
  ) {
    return { record: await mutate(ctx, 'updateExemplar', (tx) => exemplars.updateExemplar(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => DeletePayload, { description: 'Deletes an exemplar recorded by mistake (the audit trail keeps it).' })
  async deleteExemplar(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteExemplarInput, { description: 'Which exemplar.' }) input: DeleteExemplarInput,
  ) {
    return { id: await mutate(ctx, 'deleteExemplar', (tx) => exemplars.deleteExemplar(tx, input.id)) };
  }

  @FieldResolver(() => CampaignType, { description: 'The campaign whose report names it.' })
  campaign(@Root() exemplar: Exemplar, @Ctx() ctx: Context) {
    return ctx.loaders.campaign.load(exemplar.campaign.id);
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'Its unit.' })
  unit(@Root() exemplar: Exemplar, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(exemplar.unit.id);
  }
}
