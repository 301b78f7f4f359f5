import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import type { Localized } from '../../common/errors.js';
import { PovertyImportChange, PovertyImportStatus } from './poverty-import-enums.js';

/** A problem of one line, beside the column at fault. */
export interface ImportLineProblem {
  field: string;
  code: string;
  message: Localized;
}

/** The counts a line carries, named as in RecordPovertyStatisticInput. */
export interface ImportLineCounts {
  households: number | null;
  poorHouseholds: number | null;
  nearPoorHouseholds: number | null;
  ethnicMinorityHouseholds: number | null;
  ethnicMinorityPoorHouseholds: number | null;
  people: number | null;
  poorPeople: number | null;
  reportedPoorRate: string | null;
  reportedNearPoorRate: string | null;
  source: string | null;
}

/** One data row of the file as the preview shows it and commit writes it. */
export interface ImportLine extends ImportLineCounts {
  lineNumber: number;
  raw: string;
  unitText: string | null;
  unitId: number | null;
  year: number | null;
  standardCode: string | null;
  problems: ImportLineProblem[];
  /** Figures the file has no column for: left as recorded, never cleared. */
  omitted: (keyof ImportLineCounts)[];
  change: PovertyImportChange | null;
  /** The recorded statistic it would replace, and which of its figures differ. */
  existingId: number | null;
  previous: Partial<ImportLineCounts> | null;
  changedFields: string[];
}

/**
 * An import of poverty statistics from a spreadsheet: the file is read and checked once (the
 * preview, kept here), then committed all at once. Files are small (a province's communes and
 * years), so the lines are kept as one JSON document rather than a table.
 */
export class PovertyImport extends BaseRecord {
  fileName!: string;
  status!: PovertyImportStatus;
  createdByUserId!: number;
  lines!: ImportLine[];
  lineCount!: number;
  invalidCount!: number;
  newCount!: number;
  changedCount!: number;
  unchangedCount!: number;
  committedAt?: Date | null;
}

export const PovertyImportSchema = defineEntity({
  class: PovertyImport,
  properties: {
    ...baseProperties,
    fileName: p.string().length(300),
    status: p.enum(() => PovertyImportStatus),
    createdByUserId: p.integer().index(),
    lines: p.json<ImportLine[]>(),
    lineCount: p.integer().default(0),
    invalidCount: p.integer().default(0),
    newCount: p.integer().default(0),
    changedCount: p.integer().default(0),
    unchangedCount: p.integer().default(0),
    committedAt: p.datetime().columnType('timestamptz').nullable(),
  },
});
