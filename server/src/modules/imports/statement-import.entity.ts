import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Fund } from '../funds/fund.entity.js';
import { BankStatementFormat } from './bank-statement-format.entity.js';
import { StatementImportStatus } from './import-enums.js';

/**
 * One bank statement brought into a fund: uploaded and checked line by line (the preview), then
 * committed all at once. The counts are kept as the upload goes, so a client can show progress.
 */
export class StatementImport extends BaseRecord {
  fund!: Fund;
  format!: BankStatementFormat;
  fileName!: string;
  /** Lines without a campaign code in their description go to this campaign. */
  defaultCampaign?: Campaign | null;
  status!: StatementImportStatus;
  /** Data lines read so far (the header is not counted). */
  linesRead!: number;
  validCount!: number;
  duplicateCount!: number;
  invalidCount!: number;
  skippedCount!: number;
  postedCount!: number;
  /** Σ of the valid (after commit: posted) lines, whole VND. */
  validAmount!: bigint;
  /** SHA-256 of the whole file, known once it is read to the end: spots the same file twice. */
  fileSha256?: string | null;
  createdByUserId?: number | null;
  committedAt?: Date | null;
}

export const StatementImportSchema = defineEntity({
  class: StatementImport,
  properties: {
    ...baseProperties,
    fund: () => p.manyToOne(Fund).index(),
    format: () => p.manyToOne(BankStatementFormat),
    fileName: p.string().length(255),
    defaultCampaign: () => p.manyToOne(Campaign).nullable(),
    status: p.enum(() => StatementImportStatus),
    linesRead: p.integer().default(0),
    validCount: p.integer().default(0),
    duplicateCount: p.integer().default(0),
    invalidCount: p.integer().default(0),
    skippedCount: p.integer().default(0),
    postedCount: p.integer().default(0),
    validAmount: p.bigint('bigint').default(0),
    fileSha256: p.string().length(64).nullable(),
    createdByUserId: p.integer().nullable(),
    committedAt: p.datetime().columnType('timestamptz').nullable(),
  },
});
