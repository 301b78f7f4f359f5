import type { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { formatHundredths, parseHundredths, rateHundredths } from './poverty-math.js';
import type { PovertyStandard } from './poverty-standard.entity.js';
import type { PovertyStatistic } from './poverty-statistic.entity.js';

/** One unit whose recorded statistic went into a figure; `former` when it no longer exists today. */
export interface PovertyContribution {
  unit: AdministrativeUnit;
  former: boolean;
}

/**
 * The figures of one unit, standard and year: a recorded statistic, or the sum of the statistics
 * under the unit (through the hierarchy and the 2025 mergers). Derived rates come from the counts.
 */
export interface PovertyFigure {
  statisticId: number | null;
  unit: AdministrativeUnit;
  standard: PovertyStandard;
  year: number;
  households: number;
  poorHouseholds: number;
  nearPoorHouseholds: number | null;
  ethnicMinorityHouseholds: number | null;
  ethnicMinorityPoorHouseholds: number | null;
  people: number | null;
  poorPeople: number | null;
  poorRate: string | null;
  nearPoorRate: string | null;
  ethnicMinorityPoorRate: string | null;
  reportedPoorRate: string | null;
  reportedNearPoorRate: string | null;
  reportedEthnicMinorityPoorRate: string | null;
  /** Derived minus reported poor-household rate, in points; null without a reported rate. */
  poorRateDifference: string | null;
  source: string | null;
  contributions: PovertyContribution[];
  includesFormerUnits: boolean;
  /** In a series: counted under another standard than the figure before it, so not comparable with it. */
  standardChanged: boolean;
}

const asRate = (hundredths: bigint | null) => (hundredths == null ? null : formatHundredths(hundredths));

/** A nullable count summed over rows: unknown in any row means unknown in the sum, never a partial total. */
function sumKnown(rows: PovertyStatistic[], pick: (row: PovertyStatistic) => number | null | undefined) {
  let total = 0;
  for (const row of rows) {
    const value = pick(row);
    if (value == null) return null;
    total += value;
  }
  return total;
}

/** Builds the figure of `unit` for one standard and year from the statistics that cover it. */
export function figureOf(
  unit: AdministrativeUnit,
  rows: PovertyStatistic[],
  isFormer: (unit: AdministrativeUnit) => boolean,
): PovertyFigure {
  const first = rows[0]!;
  const single = rows.length === 1 ? first : null;
  const total = sumKnown(rows, (r) => r.totalHouseholds)!;
  const poor = sumKnown(rows, (r) => r.poorHouseholds)!;
  const nearPoor = sumKnown(rows, (r) => r.nearPoorHouseholds);
  const emTotal = sumKnown(rows, (r) => r.ethnicMinorityHouseholds);
  const emPoor = sumKnown(rows, (r) => r.ethnicMinorityPoorHouseholds);
  const poorRate = rateHundredths(poor, total);
  // A rolled-up figure has no single source whose stated rate it could be compared with.
  const reportedPoorRate = single?.reportedPoorRate ?? null;
  const contributions = rows.map((r) => ({ unit: r.unit, former: isFormer(r.unit) }));
  return {
    statisticId: single?.id ?? null,
    unit,
    standard: first.standard,
    year: first.year,
    households: total,
    poorHouseholds: poor,
    nearPoorHouseholds: nearPoor,
    ethnicMinorityHouseholds: emTotal,
    ethnicMinorityPoorHouseholds: emPoor,
    people: sumKnown(rows, (r) => r.totalPeople),
    poorPeople: sumKnown(rows, (r) => r.poorPeople),
    poorRate: asRate(poorRate),
    nearPoorRate: asRate(rateHundredths(nearPoor, total)),
    ethnicMinorityPoorRate: asRate(rateHundredths(emPoor, emTotal)),
    reportedPoorRate,
    reportedNearPoorRate: single?.reportedNearPoorRate ?? null,
    reportedEthnicMinorityPoorRate: single?.reportedEthnicMinorityPoorRate ?? null,
    poorRateDifference:
      reportedPoorRate != null && poorRate != null
        ? formatHundredths(poorRate - parseHundredths(reportedPoorRate))
        : null,
    source: single?.source ?? null,
    contributions,
    includesFormerUnits: contributions.some((c) => c.former),
    standardChanged: false,
  };
}
