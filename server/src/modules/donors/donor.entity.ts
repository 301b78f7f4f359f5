import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { searchKey } from '../../common/search-text.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { DonorKind } from './donor-kind.js';

export class Donor extends BaseRecord {
  kind!: DonorKind;
  displayName!: string;
  anonymous!: boolean;
  publicConsent!: boolean;
  /** The unit whose Front committee keeps this donor's record; scopes who may see contacts. */
  unit!: AdministrativeUnit;
  /** Bumped on every change: a stale update is refused (optimistic locking). */
  version!: number;
  searchText!: string;
}

export const DonorSchema = defineEntity({
  class: Donor,
  properties: {
    ...baseProperties,
    kind: p.enum(() => DonorKind),
    displayName: p.string().length(300),
    anonymous: p.boolean().default(false),
    publicConsent: p.boolean().default(false),
    unit: () => p.manyToOne(AdministrativeUnit).index(),
    version: p.integer().version(),
    searchText: p
      .text()
      .onCreate((d: Donor) => searchKey(d.displayName))
      .onUpdate((d: Donor) => searchKey(d.displayName)),
  },
  // The public statement's name search (Migration20261202004500_statement_indexes), where pg_trgm exists.
  indexes: [
    {
      name: 'donor_search_text_trgm_index',
      expression: 'create index "donor_search_text_trgm_index" on "donor" using gin ("search_text" gin_trgm_ops)',
    },
  ],
});
