import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { searchKey } from '../../common/search-text.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { ExemplarKind } from './exemplar-kind.js';

/**
 * An exemplary person, collective or household, or a livelihood model, that a campaign's report
 * names (gương điển hình tiên tiến, mô hình sinh kế), and whether and where it was replicated
 * (nhân rộng). Reports name them publicly, so nothing here is personal data.
 */
export class Exemplar extends BaseRecord {
  campaign!: Campaign;
  unit!: AdministrativeUnit;
  kind!: ExemplarKind;
  name!: string;
  description?: string | null;
  /** Where in the unit, as the report says ("Tổ Xuân Lộc", "xóm Hòa Chung"). */
  place?: string | null;
  year?: number | null;
  replicated!: boolean;
  /** How many times it was replicated (models, households following it), where stated. */
  replicationCount?: number | null;
  /** Where it was replicated, as the report says. */
  replicatedWhere?: string | null;
  searchText!: string;
}

const exemplarSearchKey = (e: Exemplar) => searchKey(e.name, e.place, e.description);

export const ExemplarSchema = defineEntity({
  class: Exemplar,
  properties: {
    ...baseProperties,
    campaign: () => p.manyToOne(Campaign).index(),
    unit: () => p.manyToOne(AdministrativeUnit),
    kind: p.enum(() => ExemplarKind),
    name: p.string().length(300),
    description: p.text().nullable(),
    place: p.string().length(300).nullable(),
    year: p.integer().nullable(),
    replicated: p.boolean().default(false),
    replicationCount: p.integer().nullable(),
    replicatedWhere: p.string().length(500).nullable(),
    searchText: p.text().onCreate(exemplarSearchKey).onUpdate(exemplarSearchKey),
  },
});
