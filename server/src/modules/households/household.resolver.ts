import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { mutate } from '../audit/mutate.js';
import { AdministrativeUnitType } from '../geography/administrative-unit.type.js';
import { Role } from '../users/role.js';
import { Household } from './household.entity.js';
import {
  HouseholdFilter,
  RecordHouseholdStatusInput,
  RegisterHouseholdInput,
  UpdateHouseholdInput,
} from './household.inputs.js';
import * as households from './household.service.js';
import { HouseholdPage, HouseholdStatusType, HouseholdType } from './household.type.js';

const RegisterHouseholdPayload = PayloadType('RegisterHousehold', HouseholdType, 'household', 'The new household.');
const UpdateHouseholdPayload = PayloadType('UpdateHousehold', HouseholdType, 'household', 'The changed household.');
const RecordHouseholdStatusPayload = PayloadType(
  'RecordHouseholdStatus',
  HouseholdType,
  'household',
  'The household with its statuses.',
);

@Resolver(() => HouseholdType)
export class HouseholdResolver {
  @Authorized(Role.FRONT_STAFF, Role.AUDITOR)
  @Query(() => HouseholdType, { nullable: true, description: 'One household within your scope.' })
  household(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The id.' }) id: string) {
    return households.findHousehold(ctx, id);
  }

  @Authorized(Role.FRONT_STAFF, Role.AUDITOR)
  @Query(() => HouseholdPage, {
    description: 'Beneficiary households within your scope (Front staff, auditors), by name.',
  })
  households(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => HouseholdFilter, { nullable: true, description: 'Which households.' })
    filter?: HouseholdFilter,
  ) {
    return households.listHouseholds(ctx, filter, page);
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => RegisterHouseholdPayload, { description: 'Registers a beneficiary household.' })
  async registerHousehold(
    @Ctx() ctx: Context,
    @Arg('input', () => RegisterHouseholdInput, { description: 'The household.' }) input: RegisterHouseholdInput,
  ) {
    return { record: await mutate(ctx, 'registerHousehold', (tx) => households.registerHousehold(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => UpdateHouseholdPayload, {
    description: 'Changes a household; a stale version is refused with CONFLICT.',
  })
  async updateHousehold(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateHouseholdInput, { description: 'The changes.' }) input: UpdateHouseholdInput,
  ) {
    return { record: await mutate(ctx, 'updateHousehold', (tx) => households.updateHousehold(tx, input)) };
  }

  @Authorized(Role.FRONT_STAFF)
  @Mutation(() => RecordHouseholdStatusPayload, {
    description: 'Records a household’s standing in a year’s poverty review.',
  })
  async recordHouseholdStatus(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordHouseholdStatusInput, { description: 'The standing.' }) input: RecordHouseholdStatusInput,
  ) {
    return { record: await mutate(ctx, 'recordHouseholdStatus', (tx) => households.recordHouseholdStatus(tx, input)) };
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'Its commune or village.' })
  unit(@Root() household: Household, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(household.unit.id);
  }

  @FieldResolver(() => [HouseholdStatusType], { description: 'Its standing year by year.' })
  statuses(@Root() household: Household, @Ctx() ctx: Context) {
    return households.statusesOf(ctx, household);
  }
}
