import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { DeletedPayloadType } from '../../common/deleted-payload.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { CampaignType } from '../campaigns/campaign.type.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { Role } from '../users/role.js';
import { ACTIVITY_LABEL } from './activity-kind.js';
import {
  CampaignActivityFilter,
  CreateCampaignActivityInput,
  DeleteCampaignActivityInput,
  UpdateCampaignActivityInput,
} from './activity.inputs.js';
import * as activities from './activity.service.js';
import { CampaignActivityPage, CampaignActivityTotalType, CampaignActivityType } from './activity.type.js';
import type { CampaignActivity } from './campaign-activity.entity.js';

const CreatePayload = PayloadType('CreateCampaignActivity', CampaignActivityType, 'activity', 'The new activity.');
const UpdatePayload = PayloadType('UpdateCampaignActivity', CampaignActivityType, 'activity', 'The changed one.');
const DeletePayload = DeletedPayloadType('DeleteCampaignActivity', 'activity');

/** Activities are part of the public report: anyone reads them; the unit's Front staff keep them. */
@Resolver(() => CampaignActivityType)
export class CampaignActivityResolver {
  @Query(() => CampaignActivityPage, { description: 'Campaign activities, by year and kind.' })
  campaignActivities(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CampaignActivityFilter, { nullable: true, description: 'Which activities.' })
    filter?: CampaignActivityFilter,
  ) {
    return activities.listActivities(ctx, filter, page);
  }

  @Query(() => [CampaignActivityTotalType], {
    description:
      'A campaign’s activities summed per kind, in a unit and under it; with years, only the records whose own years lie within them (a 2016–2020 total is not split).',
  })
  async campaignActivityTotals(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID, { description: 'The campaign.' }) campaignId: string,
    @Arg('unitId', () => ID, { nullable: true, description: 'A unit and those under it.' }) unitId?: string,
    @Arg('fromYear', () => Int, { nullable: true, description: 'From this year.' }) fromYear?: number,
    @Arg('toYear', () => Int, { nullable: true, description: 'Up to this year.' }) toYear?: number,
  ) {
    return activities.labelledActivityTotals(ctx, campaignId, { unitId, fromYear, toYear });
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => CreatePayload, { description: 'Records a count of one kind of activity of a campaign in a unit.' })
  async createCampaignActivity(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCampaignActivityInput, { description: 'The activity.' })
    input: CreateCampaignActivityInput,
  ) {
    return { record: await mutate(ctx, 'createCampaignActivity', (tx) => activities.createActivity(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => UpdatePayload, { description: 'Changes an activity.' })
  async updateCampaignActivity(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCampaignActivityInput, { description: 'The changes.' })
    input: UpdateCampaignActivityInput,
  ) {
    return { record: await mutate(ctx, 'updateCampaignActivity', (tx) => activities.updateActivity(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => DeletePayload, { description: 'Deletes an activity recorded by mistake (the audit trail keeps it).' })
  async deleteCampaignActivity(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteCampaignActivityInput, { description: 'Which activity.' })
    input: DeleteCampaignActivityInput,
  ) {
    return { id: await mutate(ctx, 'deleteCampaignActivity', (tx) => activities.deleteActivity(tx, input.id)) };
  }

  @FieldResolver(() => String, { description: 'The kind as a Vietnamese report words it.' })
  label(@Root() activity: CampaignActivity) {
    return ACTIVITY_LABEL[activity.kind].vi;
  }

  @FieldResolver(() => CampaignType, { description: 'The campaign.' })
  campaign(@Root() activity: CampaignActivity, @Ctx() ctx: Context) {
    return ctx.loaders.campaign.load(activity.campaign.id);
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit it took place in.' })
  unit(@Root() activity: CampaignActivity, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(activity.unit.id);
  }
}
