import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId, parseId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { assertVersion } from '../../common/optimistic-lock.js';
import { matchesSearch, nfc } from '../../common/search-text.js';
import { requireUnit } from '../geography/administrative-unit.service.js';
import { withinUnit } from '../organizations/organization.service.js';
import { assertCan, holdsOn, PERSONAL_DATA_READERS, scopeUnitIds } from '../users/access.js';
import { Role } from '../users/role.js';
import { Household, HouseholdStatus } from './household.entity.js';
import type {
  HouseholdFilter,
  RecordHouseholdStatusInput,
  RegisterHouseholdInput,
  UpdateHouseholdInput,
} from './household.inputs.js';

const HOUSEHOLD_WRITERS = [Role.FRONT_STAFF];

/** A household the caller may see (Front staff and auditors in scope); otherwise not found. */
export async function findHousehold(ctx: Context, id: string): Promise<Household | null> {
  const rowId = lookupId(id);
  const household = rowId ? await ctx.em.findOne(Household, { id: rowId }) : null;
  return household && (await holdsOn(ctx, PERSONAL_DATA_READERS, household.unit.id)) ? household : null;
}

export async function requireHousehold(ctx: Context, id: string, field: string): Promise<Household> {
  const household = await findHousehold(ctx, String(parseId(id, field, { vi: 'hộ gia đình', en: 'household' })));
  if (!household)
    throw badInput(field, { vi: `Không có hộ gia đình với id ${id}`, en: `There is no household with id ${id}` });
  return household;
}

export async function listHouseholds(
  ctx: Context,
  filter: HouseholdFilter | null | undefined,
  page: PageArgs,
): Promise<Page<Household>> {
  const where: FilterQuery<Household>[] = [{ unit: { $in: await scopeUnitIds(ctx, PERSONAL_DATA_READERS) } }];
  if (filter?.q?.trim()) where.push(matchesSearch(filter.q));
  if (filter?.unitId) where.push({ unit: await withinUnit(ctx, filter.unitId) });
  return findPage(ctx.em, Household, { $and: where }, { headName: 'asc', id: 'asc' }, page);
}

export async function registerHousehold(ctx: Context, input: RegisterHouseholdInput): Promise<Household> {
  const unit = await requireUnit(ctx, input.unitId, 'unitId');
  await assertCan(ctx, HOUSEHOLD_WRITERS, unit.id, unit.name);
  const household = ctx.em.create(Household, {
    headName: nfc(input.headName),
    unit,
    address: input.address ? nfc(input.address) : null,
    members: input.members ?? null,
    ethnicMinority: input.ethnicMinority,
  } as never);
  await ctx.em.flush();
  return household;
}

/**
 * Changes a household. Two staff may open the same record: the one who saves second from a stale
 * copy gets CONFLICT instead of silently overwriting the first one's changes.
 */
export async function updateHousehold(ctx: Context, input: UpdateHouseholdInput): Promise<Household> {
  const household = await findHousehold(ctx, input.id);
  if (!household) throw notFound({ vi: 'hộ gia đình', en: 'household' }, input.id, 'id');
  await assertCan(ctx, HOUSEHOLD_WRITERS, household.unit.id);
  assertVersion(household, input.version);
  if (input.headName != null) household.headName = nfc(input.headName);
  if (input.unitId) {
    const unit = await requireUnit(ctx, input.unitId, 'unitId');
    await assertCan(ctx, HOUSEHOLD_WRITERS, unit.id, unit.name);
    household.unit = unit;
  }
  if (input.address !== undefined) household.address = input.address ? nfc(input.address) : null;
  if (input.members !== undefined) household.members = input.members;
  if (input.ethnicMinority != null) household.ethnicMinority = input.ethnicMinority;
  await ctx.em.flush();
  return household;
}

export async function recordHouseholdStatus(ctx: Context, input: RecordHouseholdStatusInput): Promise<Household> {
  const household = await requireHousehold(ctx, input.householdId, 'householdId');
  await assertCan(ctx, HOUSEHOLD_WRITERS, household.unit.id);
  const existing = await ctx.em.findOne(HouseholdStatus, { household, year: input.year });
  if (existing) existing.status = input.status;
  else ctx.em.create(HouseholdStatus, { household, year: input.year, status: input.status } as never);
  await ctx.em.flush();
  return household;
}

export function statusesOf(ctx: Context, household: Household): Promise<HouseholdStatus[]> {
  return ctx.em.find(HouseholdStatus, { household }, { orderBy: { year: 'asc' } });
}
