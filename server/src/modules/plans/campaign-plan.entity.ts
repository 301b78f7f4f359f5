import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { PlanKind } from './plan-kind.js';

/**
 * A plan of a campaign for one unit (the campaign's own, or one under it): reduce a poverty rate
 * by so many points a year — one figure or a range, as plans are written ("3–4%") — or raise so
 * much money, over fromYear–toYear. Results are never stored: they are computed from the facts.
 */
export class CampaignPlan extends BaseRecord {
  campaign!: Campaign;
  unit!: AdministrativeUnit;
  kind!: PlanKind;
  fromYear!: number;
  toYear!: number;
  /** Points a year, the lower bound of a range (or the one figure). */
  minPointsPerYear?: string | null;
  /** Points a year, the upper bound of a range; null for a single figure. */
  maxPointsPerYear?: string | null;
  /** Whole VND to raise. */
  moneyAmount?: bigint | null;
  /** Where the plan is written (a resolution, a plan's number). */
  source?: string | null;
  note?: string | null;
}

export const CampaignPlanSchema = defineEntity({
  class: CampaignPlan,
  properties: {
    ...baseProperties,
    campaign: () => p.manyToOne(Campaign).index(),
    unit: () => p.manyToOne(AdministrativeUnit),
    kind: p.enum(() => PlanKind),
    fromYear: p.integer(),
    toYear: p.integer(),
    minPointsPerYear: p.decimal('string').precision(6).scale(2).nullable(),
    maxPointsPerYear: p.decimal('string').precision(6).scale(2).nullable(),
    moneyAmount: p.bigint('bigint').nullable(),
    source: p.string().length(500).nullable(),
    note: p.text().nullable(),
  },
});
