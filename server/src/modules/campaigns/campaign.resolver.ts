import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { mutate } from '../audit/mutate.js';
import { Role } from '../users/role.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { Campaign } from './campaign.entity.js';
import { CampaignFilter, CampaignOrder, CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs.js';
import * as campaigns from './campaign.service.js';
import { CampaignPage, CampaignType, LaunchingDocumentType } from './campaign.type.js';

const CreateCampaignPayload = PayloadType('CreateCampaign', CampaignType, 'campaign', 'The new campaign.');
const UpdateCampaignPayload = PayloadType('UpdateCampaign', CampaignType, 'campaign', 'The campaign as it is now.');

@Resolver(() => CampaignType)
export class CampaignResolver {
  @Query(() => CampaignType, { nullable: true, description: 'One campaign by id or by code.' })
  campaign(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'The id.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'The code, e.g. "NT-2016-2020".' }) code?: string,
  ) {
    if (id) return campaigns.findCampaign(ctx, id);
    if (code) return campaigns.findCampaignByCode(ctx, code);
    return null;
  }

  @Query(() => CampaignPage, { description: 'Campaigns, filtered, sorted and paginated; by start date unless told.' })
  campaigns(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CampaignFilter, { nullable: true, description: 'Which campaigns.' }) filter?: CampaignFilter,
    @Arg('orderBy', () => CampaignOrder, { nullable: true, description: 'Sort order.' }) orderBy?: CampaignOrder,
  ) {
    return campaigns.listCampaigns(ctx, filter, orderBy, page);
  }

  @Authorized(Role.FRONT_STAFF, Role.SYSTEM_ADMIN)
  @Mutation(() => CreateCampaignPayload, { description: 'Launches a new campaign record.' })
  async createCampaign(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCampaignInput, { description: 'The campaign.' }) input: CreateCampaignInput,
  ) {
    return { record: await mutate(ctx, 'createCampaign', (tx) => campaigns.createCampaign(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF, Role.SYSTEM_ADMIN)
  @Mutation(() => UpdateCampaignPayload, {
    description: 'Changes a campaign: dates, document, targets, status, parent.',
  })
  async updateCampaign(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateCampaignInput, { description: 'The changes.' }) input: UpdateCampaignInput,
  ) {
    return { record: await mutate(ctx, 'updateCampaign', (tx) => campaigns.updateCampaign(tx, input)) };
  }

  @FieldResolver(() => LaunchingDocumentType, { nullable: true, description: 'The document that launched it.' })
  launchingDocument(@Root() c: Campaign) {
    return c.documentNumber
      ? { number: c.documentNumber, issuedOn: c.documentIssuedOn, issuer: c.documentIssuer }
      : null;
  }

  @FieldResolver(() => OrganizationType, { description: 'The organization that runs it.' })
  organizer(@Root() c: Campaign, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(c.organizer.id);
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit it covers.' })
  scopeUnit(@Root() c: Campaign, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(c.scopeUnit.id);
  }

  @FieldResolver(() => CampaignType, { nullable: true, description: 'The campaign it is part of.' })
  parent(@Root() c: Campaign, @Ctx() ctx: Context) {
    return c.parent ? ctx.loaders.campaign.load(c.parent.id) : null;
  }

  @FieldResolver(() => [CampaignType], { description: 'The campaigns that are part of it, by start date.' })
  children(@Root() c: Campaign, @Ctx() ctx: Context) {
    return ctx.loaders.campaignChildren.load(c.id);
  }
}
