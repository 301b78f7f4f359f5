import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { searchKey } from '../../common/search-text.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { OrganizationKind } from './organization-kind.js';

export class Organization extends BaseRecord {
  kind!: OrganizationKind;
  name!: string;
  unit!: AdministrativeUnit;
  parent?: Organization | null;
  searchText!: string;
}

export const OrganizationSchema = defineEntity({
  class: Organization,
  properties: {
    ...baseProperties,
    kind: p.enum(() => OrganizationKind),
    name: p.string().length(300),
    unit: () => p.manyToOne(AdministrativeUnit).index(),
    parent: () => p.manyToOne(Organization).nullable().index(),
    searchText: p
      .text()
      .onCreate((o: Organization) => searchKey(o.name))
      .onUpdate((o: Organization) => searchKey(o.name)),
  },
});
