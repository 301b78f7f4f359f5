import { defineEntity, p } from '@mikro-orm/core';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Donation } from '../donations/donation.entity.js';
import { StatementLineStatus } from './import-enums.js';
import { StatementImport } from './statement-import.entity.js';

/**
 * One line of an uploaded statement as read and checked: the preview row, and after commit the
 * link to the donation it became. Written in batches straight by SQL (see statement-staging.ts):
 * a 200,000-line statement must not become 200,000 ORM objects.
 */
export class StatementLine {
  id!: string;
  statementImport!: StatementImport;
  /** 1-based line number in the file, counting the header, as a spreadsheet shows it. */
  lineNumber!: number;
  /** The line as read (cells joined by " | "), so a problem can be shown beside its source. */
  raw!: string;
  status!: StatementLineStatus;
  /** Why it is not posted (see line-problems.ts), and the offending text. */
  problemCode?: string | null;
  problemDetail?: string | null;
  valueDate?: string | null;
  amount?: bigint | null;
  description?: string | null;
  bankReference?: string | null;
  payerName?: string | null;
  campaign?: Campaign | null;
  /** The description and reference without diacritics: becomes the donation's search text. */
  searchText?: string | null;
  /** Set while committing: the receipt number's sequence and the ledger entry's id, reserved. */
  receiptSeq?: number | null;
  entryId?: string | null;
  donation?: Donation | null;
}

export const StatementLineSchema = defineEntity({
  class: StatementLine,
  tableName: 'statement_line',
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    statementImport: () => p.manyToOne(StatementImport),
    lineNumber: p.integer(),
    raw: p.text(),
    status: p.enum(() => StatementLineStatus),
    problemCode: p.string().length(40).nullable(),
    problemDetail: p.string().length(300).nullable(),
    valueDate: p.date().nullable(),
    amount: p.bigint('bigint').nullable(),
    description: p.text().nullable(),
    bankReference: p.string().length(100).nullable(),
    payerName: p.string().length(200).nullable(),
    campaign: () => p.manyToOne(Campaign).nullable(),
    searchText: p.text().nullable(),
    receiptSeq: p.integer().nullable(),
    entryId: p.bigint('string').nullable(),
    donation: () => p.manyToOne(Donation).nullable(),
  },
  uniques: [{ properties: ['statementImport', 'lineNumber'] }],
  indexes: [{ properties: ['statementImport', 'status'] }, { properties: ['statementImport', 'bankReference'] }],
});
