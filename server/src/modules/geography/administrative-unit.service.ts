import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { assertOrderedDates, todayInVietnam } from '../../common/date-range.js';
import { badInput, conflict, notFound, type Localized } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId, parseId } from '../../common/ids.js';
import { toOrderBy } from '../../common/order.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { nfc, matchesSearch } from '../../common/search-text.js';
import { AdministrativeUnit } from './administrative-unit.entity.js';
import type {
  AdministrativeUnitFilter,
  AdministrativeUnitOrder,
  CreateAdministrativeUnitInput,
  RecordUnitSuccessionInput,
  UpdateAdministrativeUnitInput,
} from './administrative-unit.inputs.js';
import { UnitSuccession } from './unit-succession.entity.js';
import { subtreeUnitIds } from './unit-tree.js';
import { UnitLevel, unitLevelRank } from './unit-level.js';
import { assertCan } from '../users/access.js';
import { Role } from '../users/role.js';

const REFERENCE_DATA_ADMINS = [Role.SYSTEM_ADMIN];

export const UNIT: Localized = { vi: 'đơn vị hành chính', en: 'administrative unit' };

const codeFormats: Record<UnitLevel, { pattern: RegExp; vi: string; en: string }> = {
  NATION: { pattern: /^[A-Z]{2}$/, vi: 'hai chữ cái, ví dụ "VN"', en: 'two letters, e.g. "VN"' },
  PROVINCE: { pattern: /^\d{2}$/, vi: '2 chữ số', en: '2 digits' },
  DISTRICT: { pattern: /^\d{3}$/, vi: '3 chữ số', en: '3 digits' },
  COMMUNE: { pattern: /^\d{5}$/, vi: '5 chữ số', en: '5 digits' },
  VILLAGE: { pattern: /^[0-9A-Z]{1,10}$/, vi: 'tối đa 10 chữ số hoặc chữ cái', en: 'up to 10 digits or letters' },
};

/** A unit by id, or a BAD_USER_INPUT on `field` when there is none. */
export async function requireUnit(ctx: Context, id: string, field: string): Promise<AdministrativeUnit> {
  const unit = await ctx.loaders.unit.load(parseId(id, field, UNIT));
  if (!unit)
    throw badInput(field, { vi: `Không có ${UNIT.vi} với id ${id}`, en: `There is no ${UNIT.en} with id ${id}` });
  return unit;
}

export function isHistorical(unit: AdministrativeUnit, today = todayInVietnam()): boolean {
  return !!unit.validTo && unit.validTo < today;
}

export async function findUnit(ctx: Context, id: string): Promise<AdministrativeUnit | null> {
  const rowId = lookupId(id);
  return rowId ? ctx.loaders.unit.load(rowId) : null;
}

/** The unit with this code; when a renamed unit kept its code, the latest one. */
export async function findUnitByCode(ctx: Context, code: string): Promise<AdministrativeUnit | null> {
  const [unit] = await ctx.em.find(
    AdministrativeUnit,
    { code: code.trim() },
    { orderBy: { validFrom: 'desc nulls last' as never }, limit: 1 },
  );
  return unit ?? null;
}

export async function listUnits(
  ctx: Context,
  filter: AdministrativeUnitFilter | null | undefined,
  order: AdministrativeUnitOrder | null | undefined,
  page: PageArgs,
): Promise<Page<AdministrativeUnit>> {
  const where: FilterQuery<AdministrativeUnit>[] = [];
  if (filter?.q?.trim()) where.push(matchesSearch(filter.q));
  if (filter?.level) where.push({ level: filter.level });
  if (filter?.parentId) where.push({ parent: lookupId(filter.parentId) ?? 0 });
  if (filter?.withinUnitId) {
    const id = lookupId(filter.withinUnitId);
    where.push({ id: { $in: id ? await subtreeUnitIds(ctx.em, id) : [] } });
  }
  const validOn = filter?.validOn ?? (filter?.includeHistorical === false ? todayInVietnam() : null);
  if (validOn) {
    where.push({ $or: [{ validFrom: null }, { validFrom: { $lte: validOn } }] });
    where.push({ $or: [{ validTo: null }, { validTo: { $gte: validOn } }] });
  }
  return findPage(
    ctx.em,
    AdministrativeUnit,
    { $and: where },
    toOrderBy(order?.field ?? 'code', order?.direction),
    page,
  );
}

function assertCodeFits(level: UnitLevel, code: string): void {
  const format = codeFormats[level];
  if (!format.pattern.test(code)) {
    throw badInput('code', {
      vi: `Mã đơn vị cấp này phải gồm ${format.vi}; nhận được "${code}"`,
      en: `A ${level.toLowerCase()} code must be ${format.en}; got "${code}"`,
    });
  }
}

async function assertParentFits(ctx: Context, level: UnitLevel, parentId: string | null | undefined) {
  if (level === UnitLevel.NATION) {
    if (parentId)
      throw badInput('parentId', { vi: 'Cấp quốc gia không có đơn vị cấp trên', en: 'The nation has no parent unit' });
    return null;
  }
  if (!parentId) {
    throw badInput('parentId', { vi: 'Cần chọn đơn vị cấp trên', en: 'A parent unit is required' });
  }
  const parent = await requireUnit(ctx, parentId, 'parentId');
  if (unitLevelRank[parent.level] >= unitLevelRank[level]) {
    throw badInput('parentId', {
      vi: `Đơn vị cấp trên phải ở cấp cao hơn; "${parent.name}" không thể chứa đơn vị cấp này`,
      en: `The parent must be of a higher tier; "${parent.name}" cannot contain a ${level.toLowerCase()}`,
    });
  }
  return parent;
}

async function assertCodeFree(ctx: Context, code: string, validFrom: string | null, exceptId?: number) {
  const clash = await ctx.em.findOne(AdministrativeUnit, {
    code,
    validFrom,
    ...(exceptId ? { id: { $ne: exceptId } } : {}),
  });
  if (clash) {
    throw conflict('code', {
      vi: `Mã ${code} đã thuộc về "${clash.name}"`,
      en: `Code ${code} already belongs to "${clash.name}"`,
    });
  }
}

export async function createUnit(ctx: Context, input: CreateAdministrativeUnitInput): Promise<AdministrativeUnit> {
  const code = input.code.trim();
  assertCodeFits(input.level, code);
  assertOrderedDates(input.validFrom, input.validTo, 'validTo');
  const parent = await assertParentFits(ctx, input.level, input.parentId);
  if (parent) await assertCan(ctx, REFERENCE_DATA_ADMINS, parent.id, parent.name);
  else await assertCan(ctx, REFERENCE_DATA_ADMINS, -1, input.name);
  await assertCodeFree(ctx, code, input.validFrom ?? null);
  const unit = ctx.em.create(AdministrativeUnit, {
    code,
    name: nfc(input.name),
    level: input.level,
    parent,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
  } as never);
  await ctx.em.flush();
  return unit;
}

export async function updateUnit(ctx: Context, input: UpdateAdministrativeUnitInput): Promise<AdministrativeUnit> {
  const unit = await findUnit(ctx, input.id);
  if (!unit) throw notFound(UNIT, input.id, 'id');
  await assertCan(ctx, REFERENCE_DATA_ADMINS, unit.id, unit.name);
  if (input.name != null) unit.name = nfc(input.name);
  if (input.parentId != null) {
    const parent = await assertParentFits(ctx, unit.level, input.parentId);
    if (parent && (await subtreeUnitIds(ctx.em, unit.id)).includes(parent.id)) {
      throw badInput('parentId', {
        vi: 'Đơn vị cấp trên không thể nằm dưới chính đơn vị này',
        en: 'A unit cannot be placed under its own descendant',
      });
    }
    if (parent) await assertCan(ctx, REFERENCE_DATA_ADMINS, parent.id, parent.name);
    unit.parent = parent;
  }
  if (input.validFrom !== undefined) unit.validFrom = input.validFrom;
  if (input.validTo !== undefined) unit.validTo = input.validTo;
  assertOrderedDates(unit.validFrom, unit.validTo, 'validTo');
  if (input.validFrom !== undefined) await assertCodeFree(ctx, unit.code, unit.validFrom ?? null, unit.id);
  await ctx.em.flush();
  return unit;
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

export async function recordSuccession(ctx: Context, input: RecordUnitSuccessionInput): Promise<UnitSuccession> {
  const predecessor = await requireUnit(ctx, input.predecessorId, 'predecessorId');
  const successor = await requireUnit(ctx, input.successorId, 'successorId');
  await assertCan(ctx, REFERENCE_DATA_ADMINS, predecessor.id, predecessor.name);
  await assertCan(ctx, REFERENCE_DATA_ADMINS, successor.id, successor.name);
  if (predecessor.id === successor.id) {
    throw badInput('successorId', { vi: 'Một đơn vị không thể kế thừa chính nó', en: 'A unit cannot succeed itself' });
  }
  if (await ctx.em.findOne(UnitSuccession, { predecessor, successor })) {
    throw conflict('successorId', {
      vi: `Đã ghi nhận "${predecessor.name}" → "${successor.name}"`,
      en: `"${predecessor.name}" → "${successor.name}" is already recorded`,
    });
  }
  if ((await subtreeUnitIds(ctx.em, predecessor.id)).includes(successor.id)) {
    throw badInput('successorId', {
      vi: 'Đơn vị kế thừa không thể nằm dưới đơn vị cũ',
      en: 'The successor cannot lie under its predecessor',
    });
  }
  if (!predecessor.validTo) {
    predecessor.validTo = dayBefore(input.effectiveOn);
    assertOrderedDates(predecessor.validFrom, predecessor.validTo, 'effectiveOn');
  }
  const succession = ctx.em.create(UnitSuccession, {
    predecessor,
    successor,
    effectiveOn: input.effectiveOn,
    note: input.note ? nfc(input.note) : null,
  } as never);
  await ctx.em.flush();
  return succession;
}

/**
 * What carries this unit today: itself while in force, else its successors' carriers, followed
 * through every merger (a commune of a district that ended → the commune that absorbed it).
 */
export async function unitsToday(ctx: Context, unit: AdministrativeUnit): Promise<AdministrativeUnit[]> {
  const today = todayInVietnam();
  const result = new Map<number, AdministrativeUnit>();
  const seen = new Set<number>();
  let frontier = [unit];
  while (frontier.length) {
    const links = await ctx.loaders.successionsFrom.loadMany(frontier.map((u) => u.id));
    const nextIds: number[] = [];
    for (const [i, current] of frontier.entries()) {
      seen.add(current.id);
      const own = links[i];
      const successors = own instanceof Error || !own ? [] : own;
      if (!isHistorical(current, today) || successors.length === 0) {
        result.set(current.id, current);
      } else {
        nextIds.push(...successors.map((link) => link.successor.id).filter((id) => !seen.has(id)));
      }
    }
    const loaded = await ctx.loaders.unit.loadMany([...new Set(nextIds)]);
    frontier = loaded.filter((u): u is AdministrativeUnit => u instanceof AdministrativeUnit);
  }
  return [...result.values()];
}
