import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { mutate } from '../audit/mutate.js';
import { Role } from '../users/role.js';
import { PageArgs } from '../../common/pagination.js';
import { PayloadType } from '../../common/payload.js';
import { AdministrativeUnit } from './administrative-unit.entity.js';
import {
  AdministrativeUnitFilter,
  AdministrativeUnitOrder,
  CreateAdministrativeUnitInput,
  RecordUnitSuccessionInput,
  UpdateAdministrativeUnitInput,
} from './administrative-unit.inputs.js';
import * as units from './administrative-unit.service.js';
import { AdministrativeUnitPage, AdministrativeUnitType, UnitSuccessionType } from './administrative-unit.type.js';
import { ancestorUnitIds } from './unit-tree.js';
import { UnitSuccession } from './unit-succession.entity.js';

const CreateAdministrativeUnitPayload = PayloadType(
  'CreateAdministrativeUnit',
  AdministrativeUnitType,
  'administrativeUnit',
  'The new unit.',
);
const UpdateAdministrativeUnitPayload = PayloadType(
  'UpdateAdministrativeUnit',
  AdministrativeUnitType,
  'administrativeUnit',
  'The unit as it is now.',
);
const RecordUnitSuccessionPayload = PayloadType(
  'RecordUnitSuccession',
  UnitSuccessionType,
  'succession',
  'The recorded link.',
);

@Resolver(() => AdministrativeUnitType)
export class AdministrativeUnitResolver {
  @Query(() => AdministrativeUnitType, {
    nullable: true,
    description: 'One administrative unit by id or by official code (the latest unit holding that code).',
  })
  administrativeUnit(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'The id.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'The official code, e.g. "58".' }) code?: string,
  ) {
    if (id) return units.findUnit(ctx, id);
    if (code) return units.findUnitByCode(ctx, code);
    return null;
  }

  @Query(() => AdministrativeUnitPage, { description: 'Administrative units, filtered, sorted and paginated.' })
  administrativeUnits(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AdministrativeUnitFilter, { nullable: true, description: 'Which units.' })
    filter?: AdministrativeUnitFilter,
    @Arg('orderBy', () => AdministrativeUnitOrder, { nullable: true, description: 'Sort order; default by code.' })
    orderBy?: AdministrativeUnitOrder,
  ) {
    return units.listUnits(ctx, filter, orderBy, page);
  }

  @Authorized(Role.SYSTEM_ADMIN)
  @Mutation(() => CreateAdministrativeUnitPayload, { description: 'Adds an administrative unit.' })
  async createAdministrativeUnit(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateAdministrativeUnitInput, { description: 'The unit.' })
    input: CreateAdministrativeUnitInput,
  ) {
    return { record: await mutate(ctx, 'createAdministrativeUnit', (tx) => units.createUnit(tx, input)) };
  }

  @Authorized(Role.SYSTEM_ADMIN)
  @Mutation(() => UpdateAdministrativeUnitPayload, { description: "Changes a unit's name, parent or validity." })
  async updateAdministrativeUnit(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateAdministrativeUnitInput, { description: 'The changes.' })
    input: UpdateAdministrativeUnitInput,
  ) {
    return { record: await mutate(ctx, 'updateAdministrativeUnit', (tx) => units.updateUnit(tx, input)) };
  }

  @Authorized(Role.SYSTEM_ADMIN)
  @Mutation(() => RecordUnitSuccessionPayload, {
    description: 'Records a merger, split or rename: the predecessor is carried on by the successor from a date.',
  })
  async recordUnitSuccession(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordUnitSuccessionInput, { description: 'The link.' }) input: RecordUnitSuccessionInput,
  ) {
    return { record: await mutate(ctx, 'recordUnitSuccession', (tx) => units.recordSuccession(tx, input)) };
  }

  @FieldResolver(() => AdministrativeUnitType, { nullable: true, description: 'The unit one tier up.' })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context) {
    return unit.parent ? ctx.loaders.unit.load(unit.parent.id) : null;
  }

  @FieldResolver(() => [AdministrativeUnitType], {
    description: 'The units one tier down, historical ones included, by code.',
  })
  children(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context) {
    return ctx.loaders.unitChildren.load(unit.id);
  }

  @FieldResolver(() => [AdministrativeUnitType], {
    description: 'The chain up to the nation, nearest first (for breadcrumbs).',
  })
  async ancestors(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context) {
    const ids = (await ancestorUnitIds(ctx.em, unit.id)).slice(1);
    return (await ctx.loaders.unit.loadMany(ids)).filter((u) => u instanceof AdministrativeUnit);
  }

  @FieldResolver(() => Boolean, { description: 'True when the unit no longer exists (its validTo has passed).' })
  isHistorical(@Root() unit: AdministrativeUnit) {
    return units.isHistorical(unit);
  }

  @FieldResolver(() => [UnitSuccessionType], {
    description: 'Units this one carries on (merged into or renamed as it).',
  })
  predecessors(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context) {
    return ctx.loaders.successionsTo.load(unit.id);
  }

  @FieldResolver(() => [UnitSuccessionType], { description: 'Units that carry this one on.' })
  successors(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context) {
    return ctx.loaders.successionsFrom.load(unit.id);
  }

  @FieldResolver(() => [AdministrativeUnitType], {
    description:
      'What this unit is today: itself while in force, otherwise the units in force that carry it, ' +
      'following every merger (Ninh Thuận → Khánh Hòa).',
  })
  today(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context) {
    return units.unitsToday(ctx, unit);
  }
}

@Resolver(() => UnitSuccessionType)
export class UnitSuccessionResolver {
  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit that ended.' })
  predecessor(@Root() link: UnitSuccession, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(link.predecessor.id);
  }

  @FieldResolver(() => AdministrativeUnitType, { description: 'The unit that carries it on.' })
  successor(@Root() link: UnitSuccession, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(link.successor.id);
  }
}
