import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { mutate } from '../audit/mutate.js';
import { Role } from '../users/role.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { Organization } from './organization.entity.js';
import {
  CreateOrganizationInput,
  OrganizationFilter,
  OrganizationOrder,
  UpdateOrganizationInput,
} from './organization.inputs.js';
import * as organizations from './organization.service.js';
import { OrganizationPage, OrganizationType } from './organization.type.js';

const CreateOrganizationPayload = PayloadType(
  'CreateOrganization',
  OrganizationType,
  'organization',
  'The new organization.',
);
const UpdateOrganizationPayload = PayloadType(
  'UpdateOrganization',
  OrganizationType,
  'organization',
  'The organization as it is now.',
);

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @Query(() => OrganizationType, { nullable: true, description: 'One organization by id.' })
  organization(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id.' }) id: string) {
    return organizations.findOrganization(ctx, id);
  }

  @Query(() => OrganizationPage, { description: 'Organizations, filtered, sorted and paginated.' })
  organizations(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Which organizations.' })
    filter?: OrganizationFilter,
    @Arg('orderBy', () => OrganizationOrder, { nullable: true, description: 'Sort order; default by name.' })
    orderBy?: OrganizationOrder,
  ) {
    return organizations.listOrganizations(ctx, filter, orderBy, page);
  }

  @Authorized(Role.FRONT_STAFF, Role.SYSTEM_ADMIN)
  @Mutation(() => CreateOrganizationPayload, { description: 'Adds an organization.' })
  async createOrganization(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateOrganizationInput, { description: 'The organization.' }) input: CreateOrganizationInput,
  ) {
    return { record: await mutate(ctx, 'createOrganization', (tx) => organizations.createOrganization(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF, Role.SYSTEM_ADMIN)
  @Mutation(() => UpdateOrganizationPayload, { description: "Changes an organization's name, kind, unit or parent." })
  async updateOrganization(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateOrganizationInput, { description: 'The changes.' }) input: UpdateOrganizationInput,
  ) {
    return { record: await mutate(ctx, 'updateOrganization', (tx) => organizations.updateOrganization(tx, input)) };
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit it sits in.' })
  unit(@Root() org: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(org.unit.id);
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The organization above it.' })
  parent(@Root() org: Organization, @Ctx() ctx: Context) {
    return org.parent ? ctx.loaders.organization.load(org.parent.id) : null;
  }

  @FieldResolver(() => [OrganizationType], { description: 'The organizations directly under it, by name.' })
  children(@Root() org: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.organizationChildren.load(org.id);
  }
}
