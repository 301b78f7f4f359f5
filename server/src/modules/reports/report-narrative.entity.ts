import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';

/**
 * What staff write into a campaign report that no figure can say: the difficulties, the lessons,
 * the proposals, and a note on the situation. One per campaign, unit and period.
 */
export class CampaignReportNarrative extends BaseRecord {
  campaign!: Campaign;
  unit!: AdministrativeUnit;
  fromYear!: number;
  toYear!: number;
  situationNote?: string | null;
  difficulties?: string | null;
  lessons?: string | null;
  proposals?: string | null;
  /** Bumped on every change: a stale save is refused (optimistic locking). */
  version!: number;
}

export const CampaignReportNarrativeSchema = defineEntity({
  class: CampaignReportNarrative,
  properties: {
    ...baseProperties,
    campaign: () => p.manyToOne(Campaign),
    unit: () => p.manyToOne(AdministrativeUnit).index(),
    fromYear: p.integer(),
    toYear: p.integer(),
    situationNote: p.text().nullable(),
    difficulties: p.text().nullable(),
    lessons: p.text().nullable(),
    proposals: p.text().nullable(),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['campaign', 'unit', 'fromYear', 'toYear'] }],
});
