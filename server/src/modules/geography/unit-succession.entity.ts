import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { AdministrativeUnit } from './administrative-unit.entity.js';

/** A predecessor → successor link between units: a merger, a split or a rename. */
export class UnitSuccession extends BaseRecord {
  predecessor!: AdministrativeUnit;
  successor!: AdministrativeUnit;
  effectiveOn!: string;
  note?: string | null;
}

export const UnitSuccessionSchema = defineEntity({
  class: UnitSuccession,
  properties: {
    ...baseProperties,
    predecessor: () => p.manyToOne(AdministrativeUnit),
    successor: () => p.manyToOne(AdministrativeUnit).index(),
    effectiveOn: p.date(),
    note: p.text().nullable(),
  },
  uniques: [{ properties: ['predecessor', 'successor'] }],
});
