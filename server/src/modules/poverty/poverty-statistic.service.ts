import type { Context } from '../../context.js';
import { badInput } from '../../common/errors.js';
import { nfc } from '../../common/search-text.js';
import { isHistorical, requireUnit } from '../geography/administrative-unit.service.js';
import { assertCan } from '../users/access.js';
import { Role } from '../users/role.js';
import { figureOf, type PovertyFigure } from './poverty-figure.js';
import { assertPlausibleCounts } from './poverty-statistic-rules.js';
import { PovertyStatistic } from './poverty-statistic.entity.js';
import type { RecordPovertyStatisticInput } from './poverty-statistic.inputs.js';
import { PovertyStandard } from './poverty-standard.entity.js';

/** The unit's Front staff keep its statistics (and, through the mergers, those of units merged into it). */
const STATISTIC_WRITERS = [Role.FRONT_STAFF];

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

/** Records a year's review, or replaces the one recorded for the same unit, standard and year. */
export async function recordPovertyStatistic(ctx: Context, input: RecordPovertyStatisticInput): Promise<PovertyFigure> {
  const unit = await requireUnit(ctx, input.unitId, 'unitId');
  await assertCan(ctx, STATISTIC_WRITERS, unit.id, unit.name);
  const standard = await requireStandard(ctx, input.standardCode, 'standardCode');
  assertPlausibleCounts(input, standard);
  const values = {
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
  let statistic = await ctx.em.findOne(PovertyStatistic, { unit, standard, year: input.year });
  if (statistic) Object.assign(statistic, values);
  else statistic = ctx.em.create(PovertyStatistic, { unit, standard, year: input.year, ...values } as never);
  await ctx.em.flush();
  return figureOf(unit, [statistic], (u) => isHistorical(u));
}
