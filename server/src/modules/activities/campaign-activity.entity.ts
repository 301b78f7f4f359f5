import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { ActivityKind } from './activity-kind.js';

/**
 * A count of one kind of activity of a campaign in a unit, over a year or a span of years (reports
 * give both "in 2019" and "over 2016–2020"): 15 panels, 21 policy dialogues for 40,000 attendances.
 */
export class CampaignActivity extends BaseRecord {
  campaign!: Campaign;
  unit!: AdministrativeUnit;
  kind!: ActivityKind;
  count!: number;
  participants?: number | null;
  fromYear!: number;
  toYear!: number;
  heldOn?: string | null;
  note?: string | null;
}

export const CampaignActivitySchema = defineEntity({
  class: CampaignActivity,
  properties: {
    ...baseProperties,
    campaign: () => p.manyToOne(Campaign).index(),
    unit: () => p.manyToOne(AdministrativeUnit),
    kind: p.enum(() => ActivityKind),
    count: p.integer(),
    participants: p.integer().nullable(),
    fromYear: p.integer(),
    toYear: p.integer(),
    heldOn: p.date().nullable(),
    note: p.text().nullable(),
  },
});
