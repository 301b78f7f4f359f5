import { defineEntity, p } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Donation } from '../donations/donation.entity.js';
import { Donor } from '../donors/donor.entity.js';
import { Fund } from '../funds/fund.entity.js';

export enum PledgeStatus {
  OPEN = 'OPEN',
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(PledgeStatus, {
  name: 'PledgeStatus',
  description: 'Where a pledge stands.',
  valuesConfig: {
    OPEN: { description: 'Promised, not paid yet.' },
    FULFILLED: { description: 'Paid: turned into a donation.' },
    CANCELLED: { description: 'Withdrawn; never counted.' },
  },
});

/** A promise to give (đăng ký ủng hộ), tracked apart from money received; never in the ledger. */
export class Pledge extends BaseRecord {
  fund!: Fund;
  donor?: Donor | null;
  campaign?: Campaign | null;
  amount!: bigint;
  pledgedOn!: string;
  dueOn?: string | null;
  status!: PledgeStatus;
  donation?: Donation | null;
  note?: string | null;
}

export const PledgeSchema = defineEntity({
  class: Pledge,
  properties: {
    ...baseProperties,
    fund: () => p.manyToOne(Fund).index(),
    donor: () => p.manyToOne(Donor).nullable(),
    campaign: () => p.manyToOne(Campaign).nullable().index(),
    amount: p.bigint('bigint'),
    pledgedOn: p.date(),
    dueOn: p.date().nullable(),
    status: p.enum(() => PledgeStatus),
    donation: () => p.manyToOne(Donation).nullable().unique(),
    note: p.text().nullable(),
  },
});
