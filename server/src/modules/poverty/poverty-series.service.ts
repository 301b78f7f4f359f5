import type { Context } from '../../context.js';
import { isHistorical, requireUnit } from '../geography/administrative-unit.service.js';
import { subtreeUnitIds } from '../geography/unit-tree.js';
import { figureOf, type PovertyFigure } from './poverty-figure.js';
import { PovertyStatistic } from './poverty-statistic.entity.js';

export interface SeriesQuery {
  unitId: string;
  standardCode?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
}

/** An upward link: to a parent always; to a successor only for reviews from the year the succession took effect. */
interface Link {
  upper: number;
  fromYear: number;
}

/**
 * Upward links inside a subtree: a unit's parent, and for a unit merged away its successor. Both
 * matter: a commune of former Bác Ái lies under former Ninh Thuận and under today's Khánh Hòa.
 */
async function upwardLinks(ctx: Context, ids: number[]): Promise<Map<number, Link[]>> {
  const rows = await ctx.em.execute<{ lower: number; upper: number; from_year: number }[]>(
    `select id as lower, parent_id as upper, 0 as from_year from administrative_unit
       where id in (?) and parent_id in (?)
     union all
     select predecessor_id, successor_id, extract(year from effective_on)::int from unit_succession
       where predecessor_id in (?) and successor_id in (?)`,
    [ids, ids, ids, ids],
  );
  const links = new Map<number, Link[]>();
  for (const row of rows) {
    const lower = Number(row.lower);
    links.set(lower, [...(links.get(lower) ?? []), { upper: Number(row.upper), fromYear: Number(row.from_year) }]);
  }
  return links;
}

/**
 * The units above `id` for the review of `year`. Before a merger the successor's own figure was
 * for its old territory only (Khánh Hòa's 2020 review did not count Ninh Thuận), so a succession
 * link does not make the successor's figure cover the predecessor's for earlier years.
 */
function ancestorsOf(id: number, year: number, links: Map<number, Link[]>): Set<number> {
  const seen = new Set<number>();
  const up = (from: number) => (links.get(from) ?? []).filter((l) => year >= l.fromYear).map((l) => l.upper);
  const queue = up(id);
  while (queue.length) {
    const next = queue.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...up(next));
  }
  return seen;
}

/**
 * The unit's figures year by year: its own statistic where one is recorded, otherwise the sum of
 * the highest units under it that have one (a province's own figure is never added to its
 * districts'). Today's Khánh Hòa thus includes former Ninh Thuận, each figure naming the units it
 * sums and whether any of them no longer exists.
 */
export async function povertySeries(ctx: Context, query: SeriesQuery): Promise<PovertyFigure[]> {
  const unit = await requireUnit(ctx, query.unitId, 'unitId');
  const ids = await subtreeUnitIds(ctx.em, unit.id);
  const rows = await ctx.em.find(
    PovertyStatistic,
    {
      unit: { $in: ids },
      ...(query.standardCode ? { standard: { code: query.standardCode } } : {}),
      year: { $gte: query.fromYear ?? 0, $lte: query.toYear ?? 9999 },
    },
    { populate: ['unit', 'standard'], orderBy: { year: 'asc', unit: { code: 'asc' } } },
  );
  const links = await upwardLinks(ctx, ids);
  const groups = new Map<string, PovertyStatistic[]>();
  for (const row of rows) {
    const key = `${row.year}|${row.standard.fromYear}|${row.standard.code}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const figures: PovertyFigure[] = [];
  for (const group of groups.values()) {
    const recorded = new Set(group.map((r) => r.unit.id));
    const covering = group.filter((r) => ![...ancestorsOf(r.unit.id, r.year, links)].some((a) => recorded.has(a)));
    figures.push(figureOf(unit, covering, (u) => isHistorical(u)));
  }
  figures.sort((a, b) => a.year - b.year || a.standard.fromYear - b.standard.fromYear);
  // Said on the figure itself, so that no chart or sum joins rates of two standards unawares.
  figures.forEach((f, i) => (f.standardChanged = i > 0 && figures[i - 1]!.standard.code !== f.standard.code));
  return figures;
}
