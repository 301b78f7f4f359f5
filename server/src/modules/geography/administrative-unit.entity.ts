import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { searchKey } from '../../common/search-text.js';
import { UnitLevel } from './unit-level.js';

export class AdministrativeUnit extends BaseRecord {
  code!: string;
  name!: string;
  level!: UnitLevel;
  parent?: AdministrativeUnit | null;
  validFrom?: string | null;
  validTo?: string | null;
  searchText!: string;
}

export const AdministrativeUnitSchema = defineEntity({
  class: AdministrativeUnit,
  properties: {
    ...baseProperties,
    code: p.string().length(10),
    name: p.string().length(200),
    level: p.enum(() => UnitLevel),
    parent: () => p.manyToOne(AdministrativeUnit).nullable().index(),
    validFrom: p.date().nullable(),
    validTo: p.date().nullable(),
    searchText: p
      .text()
      .onCreate((unit: AdministrativeUnit) => searchKey(unit.name, unit.code))
      .onUpdate((unit: AdministrativeUnit) => searchKey(unit.name, unit.code)),
  },
  uniques: [
    // A code is never reused for another territory; a renamed unit keeps its code from a new date.
    { name: 'administrative_unit_code_valid_from_unique', properties: ['code', 'validFrom'] },
  ],
});
