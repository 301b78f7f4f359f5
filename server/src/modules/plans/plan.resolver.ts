import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { DeletedPayloadType } from '../../common/deleted-payload.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { CampaignType } from '../campaigns/campaign.type.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { Role } from '../users/role.js';
import type { CampaignPlan } from './campaign-plan.entity.js';
import { CreateCampaignPlanInput, DeleteCampaignPlanInput, UpdateCampaignPlanInput } from './plan.inputs.js';
import { planResult } from './plan-result.service.js';
import * as plans from './plan.service.js';
import { CampaignPlanType, PlanResultType } from './plan.type.js';

const CreatePayload = PayloadType('CreateCampaignPlan', CampaignPlanType, 'plan', 'The new plan.');
const UpdatePayload = PayloadType('UpdateCampaignPlan', CampaignPlanType, 'plan', 'The changed plan.');
const DeletePayload = DeletedPayloadType('DeleteCampaignPlan', 'plan');

/** Plans are part of the public report: anyone reads them; the unit's Front staff keep them. */
@Resolver(() => CampaignPlanType)
export class CampaignPlanResolver {
  @Query(() => [CampaignPlanType], {
    description: 'A campaign’s plans, for its unit or for a unit and the units under it, with their results.',
  })
  campaignPlans(
    @Ctx() ctx: Context,
    @Arg('campaignId', () => ID, { description: 'The campaign.' }) campaignId: string,
    @Arg('unitId', () => ID, { nullable: true, description: 'Only plans for this unit or units under it.' })
    unitId?: string,
  ) {
    return plans.campaignPlans(ctx, campaignId, unitId);
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => CreatePayload, { description: 'Records a plan of a campaign for a unit.' })
  async createCampaignPlan(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCampaignPlanInput, { description: 'The plan.' }) input: CreateCampaignPlanInput,
  ) {
    return { record: await mutate(ctx, 'createCampaignPlan', (tx) => plans.createCampaignPlan(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => UpdatePayload, { description: 'Changes a plan.' })
  async updateCampaignPlan(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCampaignPlanInput, { description: 'The changes.' }) input: UpdateCampaignPlanInput,
  ) {
    return { record: await mutate(ctx, 'updateCampaignPlan', (tx) => plans.updateCampaignPlan(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => DeletePayload, { description: 'Deletes a plan recorded by mistake (the audit trail keeps it).' })
  async deleteCampaignPlan(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteCampaignPlanInput, { description: 'Which plan.' }) input: DeleteCampaignPlanInput,
  ) {
    return { id: await mutate(ctx, 'deleteCampaignPlan', (tx) => plans.deleteCampaignPlan(tx, input.id)) };
  }

  @FieldResolver(() => CampaignType, { description: 'The campaign.' })
  campaign(@Root() plan: CampaignPlan, @Ctx() ctx: Context) {
    return ctx.loaders.campaign.load(plan.campaign.id);
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit the plan is for.' })
  unit(@Root() plan: CampaignPlan, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(plan.unit.id);
  }

  @FieldResolver(() => PlanResultType, { description: 'What came of it, computed from the facts.' })
  result(@Root() plan: CampaignPlan, @Ctx() ctx: Context) {
    return planResult(ctx, plan);
  }
}
