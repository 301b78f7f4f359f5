import { formatHundredths, parseHundredths, rateHundredths } from './poverty-math.js';
import type { PovertyStatistic } from './poverty-statistic.entity.js';
import type { PovertyStatisticType } from './poverty-statistic.type.js';

/** A recorded statistic in the API's shape, with the rates its own counts give. */
export function statisticView(row: PovertyStatistic): PovertyStatisticType {
  const poorRate = rateHundredths(row.poorHouseholds, row.totalHouseholds);
  const nearPoorRate = rateHundredths(row.nearPoorHouseholds, row.totalHouseholds);
  return {
    id: row.id,
    unit: row.unit as never,
    standard: row.standard as never,
    year: row.year,
    households: row.totalHouseholds,
    poorHouseholds: row.poorHouseholds,
    nearPoorHouseholds: row.nearPoorHouseholds ?? null,
    ethnicMinorityHouseholds: row.ethnicMinorityHouseholds ?? null,
    ethnicMinorityPoorHouseholds: row.ethnicMinorityPoorHouseholds ?? null,
    people: row.totalPeople ?? null,
    poorPeople: row.poorPeople ?? null,
    poorRate: poorRate == null ? null : formatHundredths(poorRate),
    nearPoorRate: nearPoorRate == null ? null : formatHundredths(nearPoorRate),
    reportedPoorRate: row.reportedPoorRate ?? null,
    reportedNearPoorRate: row.reportedNearPoorRate ?? null,
    reportedEthnicMinorityPoorRate: row.reportedEthnicMinorityPoorRate ?? null,
    poorRateDifference:
      row.reportedPoorRate != null && poorRate != null
        ? formatHundredths(poorRate - parseHundredths(row.reportedPoorRate))
        : null,
    source: row.source ?? null,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
