import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { Fund } from '../funds/fund.entity.js';
import { LedgerEntry } from '../funds/ledger-entry.entity.js';
import { Medium } from '../funds/ledger-enums.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { Household } from '../households/household.entity.js';
import { SupportPurpose } from './support-purpose.js';

/** Support given out of a fund to a household or a commune project, with its DISBURSEMENT entry. */
export class Support extends BaseRecord {
  fund!: Fund;
  household?: Household | null;
  /** A commune project's name, when the support is not for one household. */
  projectName?: string | null;
  /** How many households a commune project reaches, as its decision states (a household grant reaches its own). */
  projectHouseholds?: number | null;
  /** Where the support went: the household's unit, or the project's commune. */
  unit!: AdministrativeUnit;
  purpose!: SupportPurpose;
  medium!: Medium;
  amount!: bigint;
  quantity?: string | null;
  quantityUnit?: string | null;
  supportedOn!: string;
  decisionRef!: string;
  campaign?: Campaign | null;
  entry!: LedgerEntry;
}

export const SupportSchema = defineEntity({
  class: Support,
  properties: {
    ...baseProperties,
    fund: () => p.manyToOne(Fund).index(),
    household: () => p.manyToOne(Household).nullable().index(),
    projectName: p.string().length(300).nullable(),
    projectHouseholds: p.integer().nullable(),
    unit: () => p.manyToOne(AdministrativeUnit),
    purpose: p.enum(() => SupportPurpose),
    medium: p.enum(() => Medium),
    amount: p.bigint('bigint'),
    quantity: p.decimal('string').precision(18).scale(3).nullable(),
    quantityUnit: p.string().length(50).nullable(),
    supportedOn: p.date(),
    decisionRef: p.string().length(200),
    campaign: () => p.manyToOne(Campaign).nullable(),
    entry: () => p.manyToOne(LedgerEntry).unique(),
  },
});
