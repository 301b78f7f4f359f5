import { defineEntity, p } from '@mikro-orm/core';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Fund } from './fund.entity.js';
import { LedgerEntryKind, Medium } from './ledger-enums.js';

const refuse =
  "raise exception 'ledger_entry is append-only: % refused; post a reversal instead', tg_op using errcode = '42501';";

/**
 * One posting in a fund's ledger. Append-only: the database refuses UPDATE, DELETE and TRUNCATE;
 * a mistake is corrected by a REVERSAL entry that points at it.
 */
export class LedgerEntry {
  id!: string;
  fund!: Fund;
  kind!: LedgerEntryKind;
  medium!: Medium;
  /** Signed whole VND: positive into the fund, negative out. For goods, their appraised value. */
  amount!: bigint;
  /** Goods only: how many, and of what ("con bò", "kg gạo"). Signed like the amount. */
  quantity?: string | null;
  quantityUnit?: string | null;
  entryDate!: string;
  campaign?: Campaign | null;
  /** The document behind the entry: receipt number, decision, bank statement line. */
  documentRef?: string | null;
  description?: string | null;
  postedByUserId?: number | null;
  postedAt!: Date;
  /** The entry this one reverses. */
  reverses?: LedgerEntry | null;
  /** The other side of an allocation. */
  counterpart?: LedgerEntry | null;
}

export const LedgerEntrySchema = defineEntity({
  class: LedgerEntry,
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    fund: () => p.manyToOne(Fund),
    kind: p.enum(() => LedgerEntryKind),
    medium: p.enum(() => Medium),
    amount: p.bigint('bigint'),
    quantity: p.decimal('string').precision(18).scale(3).nullable(),
    quantityUnit: p.string().length(50).nullable(),
    entryDate: p.date(),
    campaign: () => p.manyToOne(Campaign).nullable().index(),
    documentRef: p.string().length(200).nullable(),
    description: p.text().nullable(),
    postedByUserId: p.integer().nullable(),
    postedAt: p
      .datetime()
      .columnType('timestamptz')
      .onCreate(() => new Date()),
    reverses: () => p.manyToOne(LedgerEntry).nullable().unique(),
    counterpart: () => p.manyToOne(LedgerEntry).nullable(),
  },
  indexes: [{ properties: ['fund', 'entryDate'] }],
  triggers: [
    { name: 'ledger_entry_append_only', timing: 'before', events: ['update', 'delete'], forEach: 'row', body: refuse },
    { name: 'ledger_entry_no_truncate', timing: 'before', events: ['truncate'], forEach: 'statement', body: refuse },
  ],
});
