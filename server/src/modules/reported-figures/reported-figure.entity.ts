import { defineEntity, p } from '@mikro-orm/core';
import { BaseRecord, baseProperties } from '../../common/base-properties.js';
import { Campaign } from '../campaigns/campaign.entity.js';
import { RecipientKind } from '../commendations/commendation-enums.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { SupportPurpose } from '../support/support-purpose.js';
import { FigureFact, FigureMeasure } from './figure-enums.js';

/**
 * A figure as a report states it (the budget of a programme, trainees of a kind of course, houses
 * of a source), never recomputed: a total may have parts (its children), and may claim a fact the
 * product holds. The consistency check compares both; the figure itself stays as stated.
 */
export class ReportedFigure extends BaseRecord {
  campaign!: Campaign;
  unit!: AdministrativeUnit;
  parent?: ReportedFigure | null;
  /** Order among the parent's parts (or among the campaign's totals). */
  position!: number;
  label!: string;
  measure!: FigureMeasure;
  /** MONEY: whole VND. */
  money?: bigint | null;
  /** COUNT: an exact decimal (three places at most). */
  count?: string | null;
  /** COUNT: what is counted ("hộ", "học viên", "căn nhà"). */
  countUnit?: string | null;
  fact?: FigureFact | null;
  factPurpose?: SupportPurpose | null;
  factFormCode?: string | null;
  factRecipientKind?: RecipientKind | null;
  factFromYear?: number | null;
  factToYear?: number | null;
  /** Where it is stated (a report's number and date, an article). */
  source?: string | null;
  note?: string | null;
}

export const ReportedFigureSchema = defineEntity({
  class: ReportedFigure,
  properties: {
    ...baseProperties,
    campaign: () => p.manyToOne(Campaign).index(),
    unit: () => p.manyToOne(AdministrativeUnit),
    parent: () => p.manyToOne(ReportedFigure).nullable().index(),
    position: p.integer().default(0),
    label: p.string().length(500),
    measure: p.enum(() => FigureMeasure),
    money: p.bigint('bigint').nullable(),
    count: p.decimal('string').precision(18).scale(3).nullable(),
    countUnit: p.string().length(50).nullable(),
    fact: p.enum(() => FigureFact).nullable(),
    factPurpose: p.enum(() => SupportPurpose).nullable(),
    factFormCode: p.string().length(40).nullable(),
    factRecipientKind: p.enum(() => RecipientKind).nullable(),
    factFromYear: p.integer().nullable(),
    factToYear: p.integer().nullable(),
    source: p.string().length(500).nullable(),
    note: p.text().nullable(),
  },
});
