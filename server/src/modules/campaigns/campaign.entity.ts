import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { searchKey } from '../../common/search-text.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { CampaignKind, CampaignStatus } from './campaign-enums.js';

export class Campaign extends BaseRecord {
  code!: string;
  kind!: CampaignKind;
  name!: string;
  description?: string | null;
  startsOn!: string;
  endsOn?: string | null;
  documentNumber?: string | null;
  documentIssuedOn?: string | null;
  documentIssuer?: string | null;
  organizer!: Organization;
  scopeUnit!: AdministrativeUnit;
  parent?: Campaign | null;
  /** Money to raise, whole VND. */
  moneyTarget?: bigint | null;
  /** Planned reduction of the poverty rate, percentage points per year, e.g. "3.50". */
  povertyReductionTarget?: string | null;
  status!: CampaignStatus;
  /** Bumped on every change: a stale update is refused (optimistic locking). */
  version!: number;
  searchText!: string;
}

const campaignSearchKey = (c: Campaign) => searchKey(c.name, c.code, c.documentNumber);

export const CampaignSchema = defineEntity({
  class: Campaign,
  properties: {
    ...baseProperties,
    code: p.string().length(40).unique(),
    kind: p.enum(() => CampaignKind),
    name: p.string().length(500),
    description: p.text().nullable(),
    startsOn: p.date(),
    endsOn: p.date().nullable(),
    documentNumber: p.string().length(100).nullable(),
    documentIssuedOn: p.date().nullable(),
    documentIssuer: p.string().length(300).nullable(),
    organizer: () => p.manyToOne(Organization).index(),
    scopeUnit: () => p.manyToOne(AdministrativeUnit).index(),
    parent: () => p.manyToOne(Campaign).nullable().index(),
    moneyTarget: p.bigint('bigint').nullable(),
    povertyReductionTarget: p.decimal('string').precision(6).scale(2).nullable(),
    status: p.enum(() => CampaignStatus).index(),
    version: p.integer().version(),
    searchText: p.text().onCreate(campaignSearchKey).onUpdate(campaignSearchKey),
  },
});
