import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { searchKey } from '../../common/search-text.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Donor } from '../donors/donor.entity.js';
import { Fund } from '../funds/fund.entity.js';
import { LedgerEntry } from '../funds/ledger-entry.entity.js';
import { DonationChannel, DonationStatus } from './donation-enums.js';

/** A gift received into a fund, with the receipt the system issued and its ledger entry. */
export class Donation extends BaseRecord {
  fund!: Fund;
  /** null: an anonymous gift with no donor record. */
  donor?: Donor | null;
  campaign?: Campaign | null;
  donatedOn!: string;
  channel!: DonationChannel;
  /** Whole VND; for goods, the appraised value. */
  amount!: bigint;
  quantity?: string | null;
  quantityUnit?: string | null;
  bankReference?: string | null;
  receiptYear!: number;
  receiptSeq!: number;
  receiptNumber!: string;
  note?: string | null;
  status!: DonationStatus;
  entry!: LedgerEntry;
  /** The note and references without diacritics, for the public statement's search. */
  searchText!: string;
}

const donationSearchKey = (d: Donation) => searchKey(d.note, d.bankReference, d.receiptNumber);

export const DonationSchema = defineEntity({
  class: Donation,
  properties: {
    ...baseProperties,
    fund: () => p.manyToOne(Fund),
    donor: () => p.manyToOne(Donor).nullable().index(),
    campaign: () => p.manyToOne(Campaign).nullable().index(),
    donatedOn: p.date(),
    channel: p.enum(() => DonationChannel),
    amount: p.bigint('bigint'),
    quantity: p.decimal('string').precision(18).scale(3).nullable(),
    quantityUnit: p.string().length(50).nullable(),
    bankReference: p.string().length(100).nullable(),
    receiptYear: p.integer(),
    receiptSeq: p.integer(),
    receiptNumber: p.string().length(60).unique(),
    note: p.text().nullable(),
    status: p.enum(() => DonationStatus),
    entry: () => p.manyToOne(LedgerEntry).unique(),
    searchText: p.text().onCreate(donationSearchKey).onUpdate(donationSearchKey),
  },
  uniques: [
    // A bank reference is posted to a fund once; NULLs (cash, goods) do not collide.
    { name: 'donation_fund_bank_reference_unique', properties: ['fund', 'bankReference'] },
    { properties: ['fund', 'receiptYear', 'receiptSeq'] },
  ],
  indexes: [
    { properties: ['fund', 'donatedOn'] },
    // The public statement's (Migration20261202004500_statement_indexes): declared here too, so
    // that generated migrations keep them. The trigram one exists where pg_trgm does.
    ...[
      `"donation_statement_fund_index" on "donation" ("fund_id", "donated_on" desc, "id" desc) where "status" = 'RECEIVED'`,
      `"donation_statement_campaign_index" on "donation" ("campaign_id", "donated_on" desc, "id" desc) where "status" = 'RECEIVED'`,
      `"donation_statement_amount_index" on "donation" ("fund_id", "amount", "donated_on" desc, "id" desc) where "status" = 'RECEIVED'`,
      `"donation_search_text_trgm_index" on "donation" using gin ("search_text" gin_trgm_ops)`,
    ].map((definition) => ({ name: definition.split('"')[1]!, expression: `create index ${definition}` })),
  ],
});
