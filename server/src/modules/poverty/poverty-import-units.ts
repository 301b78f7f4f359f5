import type { Context } from '../../context.js';
import { searchKey } from '../../common/search-text.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { holdsOn } from '../users/access.js';
import type { ImportLineProblem } from './poverty-import.entity.js';
import { importProblem } from './poverty-import-line.js';
import { STATISTIC_WRITERS } from './poverty-statistic.service.js';

/** "Tỉnh", "Huyện", "Xã"…: people write "Bác Ái" for "Huyện Bác Ái". */
const LEVEL_WORDS = /^(tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong)\s+/;
const bare = (key: string) => key.replace(LEVEL_WORDS, '');
const inForceAtEndOf = (unit: AdministrativeUnit, year: number) => {
  const day = `${year}-12-31`;
  return (!unit.validFrom || unit.validFrom <= day) && (!unit.validTo || unit.validTo >= day);
};

export type UnitMatch = { unit: AdministrativeUnit } | { problem: ImportLineProblem };

/**
 * Matches a file's unit cell to a unit: by code first, else by name ignoring case, diacritics
 * and the level word. Among several, the one in force at the end of the review year wins (a
 * code two units held in turn, e.g. 80), then the ones within the caller's grants; still
 * several is an error naming them, so the file can use the code.
 */
export function unitMatcher(ctx: Context) {
  const cache = new Map<string, AdministrativeUnit[]>();
  async function candidates(text: string): Promise<AdministrativeUnit[]> {
    const key = searchKey(text);
    const known = cache.get(key);
    if (known) return known;
    let found = await ctx.em.find(AdministrativeUnit, { code: text.trim() }, { orderBy: { id: 'asc' } });
    if (!found.length) {
      const pattern = bare(key).replace(/[%_\\]/g, '');
      const like = pattern ? await ctx.em.find(AdministrativeUnit, { searchText: { $like: `%${pattern}%` } }) : [];
      found = like.filter((u) => searchKey(u.name) === key || bare(searchKey(u.name)) === bare(key));
    }
    cache.set(key, found);
    return found;
  }
  return async function match(text: string, year: number | null): Promise<UnitMatch> {
    let found = await candidates(text);
    if (found.length > 1 && year != null) {
      const inForce = found.filter((u) => inForceAtEndOf(u, year));
      if (inForce.length) found = inForce;
    }
    if (found.length > 1) {
      const mine = [];
      for (const unit of found) if (await holdsOn(ctx, STATISTIC_WRITERS, unit.id)) mine.push(unit);
      if (mine.length) found = mine;
    }
    if (found.length === 1) return { unit: found[0]! };
    if (!found.length) {
      return {
        problem: importProblem(
          'unit',
          'UNIT_UNKNOWN',
          `Không tìm thấy đơn vị "${text}" (theo mã hoặc tên)`,
          `No unit "${text}" (by code or name)`,
        ),
      };
    }
    const names = found.map((u) => `${u.code} ${u.name}`).join(', ');
    return {
      problem: importProblem(
        'unit',
        'UNIT_AMBIGUOUS',
        `"${text}" có thể là nhiều đơn vị (${names}); hãy ghi mã đơn vị`,
        `"${text}" could be several units (${names}); write the unit's code`,
      ),
    };
  };
}
