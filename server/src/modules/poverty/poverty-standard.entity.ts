import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import type { PovertyArea, PovertyCategory } from './poverty-enums.js';

/**
 * One line of a standard: a household of `category` in `area` has a monthly income per person
 * above `incomeAbove` (when set) and at most `incomeAtMost`, and lacks at least `minDeprivations`
 * and at most `maxDeprivations` of the standard's basic social services. Amounts are whole VND as
 * digit strings (JSON has no bigint).
 */
export interface PovertyThreshold {
  category: PovertyCategory;
  area: PovertyArea;
  incomeAbove: string | null;
  incomeAtMost: string;
  minDeprivations: number | null;
  maxDeprivations: number | null;
}

/**
 * A national poverty standard (chuẩn nghèo) for a period: data, not code, so that the 2026–2030
 * standard is a new row. Statistics name the standard they were counted under, because rates
 * under different standards cannot be compared.
 */
export class PovertyStandard extends BaseRecord {
  code!: string;
  name!: string;
  legalBasis!: string;
  /** First and last year of the period it governs (a baseline review at the end of the year before counts too). */
  fromYear!: number;
  toYear!: number;
  multidimensional!: boolean;
  /** How many indicators of deprivation of basic social services the standard measures. */
  deprivationIndicators?: number | null;
  thresholds!: PovertyThreshold[];
  description?: string | null;
  /** Not yet checked against the official text (see `note`): shown as such, never as settled law. */
  provisional!: boolean;
  /** What is and is not verified about a provisional standard. */
  note?: string | null;
}

export const PovertyStandardSchema = defineEntity({
  class: PovertyStandard,
  properties: {
    ...baseProperties,
    code: p.string().length(40).unique(),
    name: p.string().length(300),
    legalBasis: p.string().length(300),
    fromYear: p.integer(),
    toYear: p.integer(),
    multidimensional: p.boolean(),
    deprivationIndicators: p.integer().nullable(),
    thresholds: p.json<PovertyThreshold[]>(),
    description: p.text().nullable(),
    provisional: p.boolean().default(false),
    note: p.text().nullable(),
  },
});
