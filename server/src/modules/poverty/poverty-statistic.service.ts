import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, notFound, type Localized } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { assertVersion } from '../../common/optimistic-lock.js';
import { lookupId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { nfc } from '../../common/search-text.js';
import { isHistorical, requireUnit } from '../geography/administrative-unit.service.js';
import { subtreeUnitIds } from '../geography/unit-tree.js';
import { assertCan } from '../users/access.js';
import { Role } from '../users/role.js';
import { figureOf, type PovertyFigure } from './poverty-figure.js';
import { assertPlausibleCounts } from './poverty-statistic-rules.js';
import { PovertyStatistic } from './poverty-statistic.entity.js';
import type { RecordPovertyStatisticInput, UpdatePovertyStatisticInput } from './poverty-statistic.inputs.js';
import type { PovertyStatisticFilter } from './poverty-statistic.type.js';
import { PovertyStandard } from './poverty-standard.entity.js';

/** The unit's Front staff keep its statistics (and, through the mergers, those of units merged into it). */
export const STATISTIC_WRITERS = [Role.FRONT_STAFF];

export const POVERTY_STATISTIC: Localized = { vi: 'số liệu hộ nghèo', en: 'poverty statistic' };

export async function requireStandard(ctx: Context, code: string, field: string): Promise<PovertyStandard> {
  const standard = await ctx.em.findOne(PovertyStandard, { code });
  if (!standard) {
    throw badInput(field, {
      vi: `Không có chuẩn nghèo mã "${code}"`,
      en: `There is no poverty standard with code "${code}"`,
    });
  }
  return standard;
}

export function listStandards(ctx: Context): Promise<PovertyStandard[]> {
  return ctx.em.find(PovertyStandard, {}, { orderBy: { fromYear: 'asc' } });
}

/** The counts of an input as stored; text in NFC, an empty source as none. */
export function storedValues(input: RecordPovertyStatisticInput) {
  return {
    totalHouseholds: input.households,
    poorHouseholds: input.poorHouseholds,
    nearPoorHouseholds: input.nearPoorHouseholds ?? null,
    ethnicMinorityHouseholds: input.ethnicMinorityHouseholds ?? null,
    ethnicMinorityPoorHouseholds: input.ethnicMinorityPoorHouseholds ?? null,
    totalPeople: input.people ?? null,
    poorPeople: input.poorPeople ?? null,
    reportedPoorRate: input.reportedPoorRate ?? null,
    reportedNearPoorRate: input.reportedNearPoorRate ?? null,
    reportedEthnicMinorityPoorRate: input.reportedEthnicMinorityPoorRate ?? null,
    source: input.source?.trim() ? nfc(input.source.trim()) : null,
  };
}

/** Records a year's review, or replaces the one recorded for the same unit, standard and year. */
export async function recordPovertyStatistic(
  ctx: Context,
  input: RecordPovertyStatisticInput,
): Promise<{ figure: PovertyFigure; statistic: PovertyStatistic }> {
  const unit = await requireUnit(ctx, input.unitId, 'unitId');
  await assertCan(ctx, STATISTIC_WRITERS, unit.id, unit.name);
  const standard = await requireStandard(ctx, input.standardCode, 'standardCode');
  assertPlausibleCounts(input, standard);
  const values = storedValues(input);
  let statistic = await ctx.em.findOne(PovertyStatistic, { unit, standard, year: input.year });
  if (statistic) Object.assign(statistic, values);
  else statistic = ctx.em.create(PovertyStatistic, { unit, standard, year: input.year, ...values } as never);
  await ctx.em.flush();
  return { figure: figureOf(unit, [statistic], (u) => isHistorical(u)), statistic };
}

/** Recorded statistics (public, as the series are), newest review first, then by unit code. */
export async function listPovertyStatistics(
  ctx: Context,
  filter: PovertyStatisticFilter | null | undefined,
  page: PageArgs,
): Promise<Page<PovertyStatistic>> {
  const where: FilterQuery<PovertyStatistic>[] = [];
  if (filter?.unitId) {
    const id = lookupId(filter.unitId);
    where.push({ unit: { $in: id ? await subtreeUnitIds(ctx.em, id) : [] } });
  }
  if (filter?.year != null) where.push({ year: filter.year });
  if (filter?.standardCode) where.push({ standard: { code: filter.standardCode } });
  return findPage(
    ctx.em,
    PovertyStatistic,
    { $and: where } as FilterQuery<PovertyStatistic>,
    { year: 'desc', unit: { code: 'asc' }, id: 'asc' } as never,
    page,
  );
}

export async function findPovertyStatistic(ctx: Context, id: string): Promise<PovertyStatistic | null> {
  const rowId = lookupId(id);
  return rowId ? ctx.em.findOne(PovertyStatistic, { id: rowId }, { populate: ['unit', 'standard'] }) : null;
}

/** Changes the counts of a recorded statistic; the unit's Front staff only. */
export async function updatePovertyStatistic(
  ctx: Context,
  input: UpdatePovertyStatisticInput,
): Promise<PovertyStatistic> {
  const statistic = await findPovertyStatistic(ctx, input.id);
  if (!statistic) throw notFound(POVERTY_STATISTIC, input.id, 'id');
  await assertCan(ctx, STATISTIC_WRITERS, statistic.unit.id, statistic.unit.name);
  assertVersion(statistic, input.version);
  const pick = <K extends keyof UpdatePovertyStatisticInput, T>(key: K, current: T) =>
    (key in input ? input[key] : current) as T;
  const merged: RecordPovertyStatisticInput = {
    unitId: String(statistic.unit.id),
    standardCode: statistic.standard.code,
    year: statistic.year,
    households: input.households ?? statistic.totalHouseholds,
    poorHouseholds: input.poorHouseholds ?? statistic.poorHouseholds,
    nearPoorHouseholds: pick('nearPoorHouseholds', statistic.nearPoorHouseholds ?? null),
    ethnicMinorityHouseholds: pick('ethnicMinorityHouseholds', statistic.ethnicMinorityHouseholds ?? null),
    ethnicMinorityPoorHouseholds: pick('ethnicMinorityPoorHouseholds', statistic.ethnicMinorityPoorHouseholds ?? null),
    people: pick('people', statistic.totalPeople ?? null),
    poorPeople: pick('poorPeople', statistic.poorPeople ?? null),
    reportedPoorRate: pick('reportedPoorRate', statistic.reportedPoorRate ?? null),
    reportedNearPoorRate: pick('reportedNearPoorRate', statistic.reportedNearPoorRate ?? null),
    reportedEthnicMinorityPoorRate: pick(
      'reportedEthnicMinorityPoorRate',
      statistic.reportedEthnicMinorityPoorRate ?? null,
    ),
    source: pick('source', statistic.source ?? null),
  };
  assertPlausibleCounts(merged, statistic.standard);
  Object.assign(statistic, storedValues(merged));
  await ctx.em.flush();
  return statistic;
}
