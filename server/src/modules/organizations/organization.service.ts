import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, notFound, type Localized } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId, parseId } from '../../common/ids.js';
import { toOrderBy } from '../../common/order.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { nfc, matchesSearch } from '../../common/search-text.js';
import type { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { requireUnit } from '../geography/administrative-unit.service.js';
import { subtreeUnitIds } from '../geography/unit-tree.js';
import { Organization } from './organization.entity.js';
import { assertCan, WRITERS } from '../users/access.js';
import type {
  CreateOrganizationInput,
  OrganizationFilter,
  OrganizationOrder,
  UpdateOrganizationInput,
} from './organization.inputs.js';

export const ORGANIZATION: Localized = { vi: 'tổ chức', en: 'organization' };

export async function findOrganization(ctx: Context, id: string): Promise<Organization | null> {
  const rowId = lookupId(id);
  return rowId ? ctx.loaders.organization.load(rowId) : null;
}

/** An organization by id, or a BAD_USER_INPUT on `field` when there is none. */
export async function requireOrganization(ctx: Context, id: string, field: string): Promise<Organization> {
  const org = await ctx.loaders.organization.load(parseId(id, field, ORGANIZATION));
  if (!org)
    throw badInput(field, { vi: `Không có tổ chức với id ${id}`, en: `There is no organization with id ${id}` });
  return org;
}

/** SQL-side condition "unit lies in the subtree of unitId" for any entity with a unit relation. */
export async function withinUnit(ctx: Context, unitId: string): Promise<{ $in: number[] }> {
  const id = lookupId(unitId);
  return { $in: id ? await subtreeUnitIds(ctx.em, id) : [] };
}

export async function listOrganizations(
  ctx: Context,
  filter: OrganizationFilter | null | undefined,
  order: OrganizationOrder | null | undefined,
  page: PageArgs,
): Promise<Page<Organization>> {
  const where: FilterQuery<Organization>[] = [];
  if (filter?.q?.trim()) where.push(matchesSearch(filter.q));
  if (filter?.kind) where.push({ kind: filter.kind });
  if (filter?.unitId) where.push({ unit: await withinUnit(ctx, filter.unitId) });
  if (filter?.parentId) where.push({ parent: lookupId(filter.parentId) ?? 0 });
  return findPage(ctx.em, Organization, { $and: where }, toOrderBy(order?.field ?? 'name', order?.direction), page);
}

/** The parent's unit must contain the child's: a district Front cannot hang under another province. */
async function assertParentFits(ctx: Context, org: { id?: number }, unit: AdministrativeUnit, parent: Organization) {
  if (!(await subtreeUnitIds(ctx.em, parent.unit.id)).includes(unit.id)) {
    const parentUnit = await ctx.loaders.unit.load(parent.unit.id);
    throw badInput('parentId', {
      vi: `Tổ chức cấp trên "${parent.name}" thuộc ${parentUnit?.name ?? ''}, không chứa ${unit.name}`,
      en: `The parent "${parent.name}" belongs to ${parentUnit?.name ?? ''}, which does not contain ${unit.name}`,
    });
  }
  for (
    let up: Organization | null = parent;
    up;
    up = up.parent ? await ctx.loaders.organization.load(up.parent.id) : null
  ) {
    if (org.id !== undefined && up.id === org.id) {
      throw badInput('parentId', {
        vi: 'Một tổ chức không thể nằm dưới chính nó',
        en: 'An organization cannot be placed under itself',
      });
    }
  }
}

export async function createOrganization(ctx: Context, input: CreateOrganizationInput): Promise<Organization> {
  const unit = await requireUnit(ctx, input.unitId, 'unitId');
  await assertCan(ctx, WRITERS, unit.id, unit.name);
  const parent = input.parentId ? await requireOrganization(ctx, input.parentId, 'parentId') : null;
  if (parent) await assertParentFits(ctx, {}, unit, parent);
  const org = ctx.em.create(Organization, { kind: input.kind, name: nfc(input.name), unit, parent } as never);
  await ctx.em.flush();
  return org;
}

export async function updateOrganization(ctx: Context, input: UpdateOrganizationInput): Promise<Organization> {
  const org = await findOrganization(ctx, input.id);
  if (!org) throw notFound(ORGANIZATION, input.id, 'id');
  await assertCan(ctx, WRITERS, org.unit.id);
  if (input.kind) org.kind = input.kind;
  if (input.name != null) org.name = nfc(input.name);
  if (input.unitId) {
    org.unit = await requireUnit(ctx, input.unitId, 'unitId');
    await assertCan(ctx, WRITERS, org.unit.id, org.unit.name);
  }
  if (input.clearParent) org.parent = null;
  if (input.parentId) org.parent = await requireOrganization(ctx, input.parentId, 'parentId');
  if (org.parent && (input.unitId || input.parentId)) {
    const unit = (await ctx.loaders.unit.load(org.unit.id))!;
    await assertParentFits(ctx, org, unit, (await ctx.loaders.organization.load(org.parent.id))!);
  }
  await ctx.em.flush();
  return org;
}
