import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { StatementDateFormat } from './import-enums.js';

/**
 * How one bank lays out its statement export: which column holds what. Set once per bank and
 * remembered, so staff only pick the bank when they import. Columns are named by their header.
 */
export class BankStatementFormat extends BaseRecord {
  /** Short code, e.g. "VCB", "BIDV". */
  code!: string;
  name!: string;
  dateColumn!: string;
  dateFormat!: StatementDateFormat;
  /** Money in. */
  creditColumn!: string;
  /** Money out, when the bank puts it in a separate column. */
  debitColumn?: string | null;
  descriptionColumn!: string;
  referenceColumn!: string;
  /** The payer's name, when the bank gives it. Personal data: never published. */
  payerColumn?: string | null;
  version!: number;
}

export const BankStatementFormatSchema = defineEntity({
  class: BankStatementFormat,
  properties: {
    ...baseProperties,
    code: p.string().length(20).unique(),
    name: p.string().length(200),
    dateColumn: p.string().length(100),
    dateFormat: p.enum(() => StatementDateFormat),
    creditColumn: p.string().length(100),
    debitColumn: p.string().length(100).nullable(),
    descriptionColumn: p.string().length(100),
    referenceColumn: p.string().length(100),
    payerColumn: p.string().length(100).nullable(),
    version: p.integer().version(),
  },
});
