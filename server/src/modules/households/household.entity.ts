import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { searchKey } from '../../common/search-text.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { PovertyStatus } from './household-enums.js';

/** A beneficiary household. Personal data (Decree 13/2023): only Front staff and auditors in scope see it. */
export class Household extends BaseRecord {
  headName!: string;
  unit!: AdministrativeUnit;
  address?: string | null;
  members?: number | null;
  ethnicMinority!: boolean;
  /** Bumped on every change: a stale update is refused (optimistic locking). */
  version!: number;
  searchText!: string;
}

const householdSearchKey = (h: Household) => searchKey(h.headName, h.address);

export const HouseholdSchema = defineEntity({
  class: Household,
  properties: {
    ...baseProperties,
    headName: p.string().length(200),
    unit: () => p.manyToOne(AdministrativeUnit).index(),
    address: p.string().length(500).nullable(),
    members: p.integer().nullable(),
    ethnicMinority: p.boolean().default(false),
    version: p.integer().version(),
    searchText: p.text().onCreate(householdSearchKey).onUpdate(householdSearchKey),
  },
});

/** A household's status in one year's review, under the poverty standard then in force. */
export class HouseholdStatus extends BaseRecord {
  household!: Household;
  year!: number;
  status!: PovertyStatus;
}

export const HouseholdStatusSchema = defineEntity({
  class: HouseholdStatus,
  properties: {
    ...baseProperties,
    household: () => p.manyToOne(Household),
    year: p.integer(),
    status: p.enum(() => PovertyStatus),
  },
  uniques: [{ properties: ['household', 'year'] }],
});
