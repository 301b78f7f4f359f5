import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { searchKey } from '../../common/search-text.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { Organization } from '../organizations/organization.entity.js';

/**
 * The Fund for the Poor (Quỹ Vì người nghèo) of one Front committee. It stores no balance: every
 * figure is the sum of its ledger entries.
 */
export class Fund extends BaseRecord {
  code!: string;
  name!: string;
  organization!: Organization;
  /** The Front committee's unit: who may post to the fund, and where its money may be allocated. */
  unit!: AdministrativeUnit;
  searchText!: string;
}

const fundSearchKey = (f: Fund) => searchKey(f.name, f.code);

export const FundSchema = defineEntity({
  class: Fund,
  properties: {
    ...baseProperties,
    code: p.string().length(30).unique(),
    name: p.string().length(300),
    organization: () => p.manyToOne(Organization).unique(),
    unit: () => p.manyToOne(AdministrativeUnit).index(),
    searchText: p.text().onCreate(fundSearchKey).onUpdate(fundSearchKey),
  },
});
