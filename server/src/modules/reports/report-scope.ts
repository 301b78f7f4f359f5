import type { Context } from '../../context.js';
import { badInput } from '../../common/errors.js';
import { todayInVietnam } from '../../common/date-range.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import type { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { requireUnit } from '../geography/administrative-unit.service.js';
import { subtreeUnitIds } from '../geography/unit-tree.js';

/** What a report is about, resolved once and handed to every section builder. */
export interface ReportScope {
  campaign: Campaign;
  /** The campaign and every campaign under it (a province's movement and its district projects). */
  campaignIds: number[];
  unit: AdministrativeUnit;
  /** The unit and every unit under it, the units merged into it included. */
  unitIds: number[];
  fromYear: number;
  toYear: number;
  /** First and last day of the period, YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface ReportQuery {
  unitId?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
}

async function campaignTree(ctx: Context, campaignId: number): Promise<number[]> {
  const rows = await ctx.em.execute<{ id: number }[]>(
    `with recursive tree(id) as (
       select ?::int
       union
       select c.id from campaign c join tree t on c.parent_id = t.id
     )
     select id from tree order by id`,
    [campaignId],
  );
  return rows.map((r) => Number(r.id));
}

const year = (iso: string) => Number(iso.slice(0, 4));

/**
 * The first year of the phase a campaign belongs to: a provincial movement launched in October
 * 2017 under the national 2016–2020 movement reports on 2016–2020, as its article does. Walks up
 * the parents of the same kind that end the same year; a project or a one-year plan keeps its own.
 */
async function phaseStartYear(ctx: Context, campaign: Campaign): Promise<number> {
  let first = year(campaign.startsOn);
  const end = campaign.endsOn ? year(campaign.endsOn) : null;
  let current = campaign;
  for (let depth = 0; depth < 10 && current.parent; depth++) {
    const parent = await ctx.loaders.campaign.load(current.parent.id);
    if (!parent || parent.kind !== campaign.kind || !parent.endsOn || year(parent.endsOn) !== end) break;
    first = Math.min(first, year(parent.startsOn));
    current = parent;
  }
  return first;
}

/**
 * The report's scope: the unit (by default the campaign's own) and the period (by default the
 * years of the campaign's phase, see phaseStartYear; an open campaign runs to this year). The unit must lie within the campaign's
 * scope or contain it (today's Khánh Hòa reporting on former Ninh Thuận's movement).
 */
export async function reportScope(ctx: Context, campaign: Campaign, query: ReportQuery): Promise<ReportScope> {
  const unit = query.unitId
    ? await requireUnit(ctx, query.unitId, 'unitId')
    : await ctx.loaders.unit.load(campaign.scopeUnit.id);
  if (!unit) throw new Error(`campaign ${campaign.id} has no scope unit`);
  const fromYear = query.fromYear ?? (await phaseStartYear(ctx, campaign));
  const toYear = query.toYear ?? year(campaign.endsOn ?? todayInVietnam());
  for (const [field, value] of [
    ['fromYear', fromYear],
    ['toYear', toYear],
  ] as const) {
    if (!Number.isInteger(value) || value < 2000 || value > 2100) {
      throw badInput(field, { vi: 'Năm phải từ 2000 đến 2100', en: 'The year must be between 2000 and 2100' });
    }
  }
  if (toYear < fromYear) {
    throw badInput('toYear', {
      vi: 'Năm cuối giai đoạn không được trước năm đầu',
      en: 'The last year cannot come before the first',
    });
  }
  const unitIds = await subtreeUnitIds(ctx.em, unit.id);
  if (!unitIds.includes(campaign.scopeUnit.id)) {
    const campaignUnits = await subtreeUnitIds(ctx.em, campaign.scopeUnit.id);
    if (!campaignUnits.includes(unit.id)) {
      throw badInput('unitId', {
        vi: `${unit.name} không thuộc phạm vi của phong trào này`,
        en: `${unit.name} is outside this campaign’s scope`,
      });
    }
  }
  return {
    campaign,
    campaignIds: await campaignTree(ctx, campaign.id),
    unit,
    unitIds,
    fromYear,
    toYear,
    from: `${fromYear}-01-01`,
    to: `${toYear}-12-31`,
  };
}
