import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { PovertyStandard } from './poverty-standard.entity.js';

/**
 * The result of one year's poverty review (rà soát cuối năm) in one unit under one standard: the
 * counts as of the end of `year`, which are also the figures "at the start of" year + 1. Rates are
 * never stored: they are derived from the counts. A rate the source states is kept as "reported",
 * to be compared with the derived one.
 */
export class PovertyStatistic extends BaseRecord {
  unit!: AdministrativeUnit;
  standard!: PovertyStandard;
  year!: number;
  totalHouseholds!: number;
  poorHouseholds!: number;
  nearPoorHouseholds?: number | null;
  ethnicMinorityHouseholds?: number | null;
  ethnicMinorityPoorHouseholds?: number | null;
  totalPeople?: number | null;
  poorPeople?: number | null;
  reportedPoorRate?: string | null;
  reportedNearPoorRate?: string | null;
  reportedEthnicMinorityPoorRate?: string | null;
  /** Where the figures come from (a report's number and date, an article). */
  source?: string | null;
  /** Bumped on every change (edits and imports), for optimistic locking. */
  version!: number;
}

const rate = () => p.decimal('string').precision(5).scale(2).nullable();

export const PovertyStatisticSchema = defineEntity({
  class: PovertyStatistic,
  properties: {
    ...baseProperties,
    unit: () => p.manyToOne(AdministrativeUnit).index(),
    standard: () => p.manyToOne(PovertyStandard),
    year: p.integer(),
    totalHouseholds: p.integer(),
    poorHouseholds: p.integer(),
    nearPoorHouseholds: p.integer().nullable(),
    ethnicMinorityHouseholds: p.integer().nullable(),
    ethnicMinorityPoorHouseholds: p.integer().nullable(),
    totalPeople: p.integer().nullable(),
    poorPeople: p.integer().nullable(),
    reportedPoorRate: rate(),
    reportedNearPoorRate: rate(),
    reportedEthnicMinorityPoorRate: rate(),
    source: p.string().length(500).nullable(),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['unit', 'standard', 'year'] }],
});
