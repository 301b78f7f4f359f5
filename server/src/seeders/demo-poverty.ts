import type { Em } from '../db/orm.js';
import type { AdministrativeUnit } from '../modules/geography/administrative-unit.entity.js';
import { seedPovertyStandards } from '../modules/poverty/seed-poverty-standards.js';
import { PovertyStandard } from '../modules/poverty/poverty-standard.entity.js';
import { PovertyStatistic } from '../modules/poverty/poverty-statistic.entity.js';
import { demoPovertyStatistics } from './demo/demo-poverty.js';

type UnitOf = (code: string, why: string, onDay?: string) => AdministrativeUnit;

/** The seeds' poverty reviews. Idempotent: a statistic is found by unit, standard and year. */
export async function seedDemoPoverty(em: Em, unit: UnitOf): Promise<number> {
  let created = await seedPovertyStandards(em);
  const standards = new Map((await em.find(PovertyStandard, {})).map((s) => [s.code, s]));
  for (const d of demoPovertyStatistics) {
    const standard = standards.get(d.standardCode);
    if (!standard) throw new Error(`demo data: unknown poverty standard ${d.standardCode}`);
    const where = { unit: unit(d.unitCode, `poverty ${d.year}`, d.onDay), standard, year: d.year };
    if (await em.findOne(PovertyStatistic, where)) continue;
    created++;
    em.create(PovertyStatistic, {
      ...where,
      totalHouseholds: d.totalHouseholds,
      poorHouseholds: d.poorHouseholds,
      reportedPoorRate: d.reportedPoorRate ?? null,
      reportedEthnicMinorityPoorRate: d.reportedEthnicMinorityPoorRate ?? null,
      source: d.source,
    } as never);
  }
  await em.flush();
  return created;
}
