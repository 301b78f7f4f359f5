import { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import type { FieldProblem } from '../../common/errors.js';
import { searchKey } from '../../common/search-text.js';
import { holdsOn } from '../users/access.js';
import { PovertyImportChange } from './poverty-import-enums.js';
import type { ImportLine, ImportLineCounts } from './poverty-import.entity.js';
import { FIGURE_COLUMNS } from './poverty-import-columns.js';
import { importProblem } from './poverty-import-line.js';
import { unitMatcher } from './poverty-import-units.js';
import { assertPlausibleCounts } from './poverty-statistic-rules.js';
import { PovertyStatistic } from './poverty-statistic.entity.js';
import type { RecordPovertyStatisticInput } from './poverty-statistic.inputs.js';
import { STATISTIC_WRITERS, storedValues } from './poverty-statistic.service.js';
import { PovertyStandard } from './poverty-standard.entity.js';

/** Problems found against the database: recomputed at commit, when units, grants and records may have changed. */
const CHECKED_CODES = new Set([
  'UNIT_UNKNOWN',
  'UNIT_AMBIGUOUS',
  'OUT_OF_SCOPE',
  'STANDARD_UNKNOWN',
  'STANDARD_MISSING',
  'IMPLAUSIBLE',
  'REPEATED_IN_FILE',
]);

const alnum = (text: string) => searchKey(text).replace(/[^a-z0-9]/g, '');

/** "ND-07-2021", "07/2021/NĐ-CP", "Nghị định 07/2021": the code, or a number its legal basis contains. */
function standardOf(line: ImportLine, standards: PovertyStandard[]): PovertyStandard | string {
  if (!line.standardCode) {
    // No standard written: the one whose reviews cover the year, if only one does.
    const covering = standards.filter((s) => line.year != null && line.year >= s.fromYear - 1 && line.year <= s.toYear);
    return covering.length === 1 ? covering[0]! : 'STANDARD_MISSING';
  }
  const key = alnum(line.standardCode);
  const byCode = standards.filter((s) => alnum(s.code) === key);
  if (byCode.length === 1) return byCode[0]!;
  const byText = key.length >= 4 ? standards.filter((s) => alnum(s.legalBasis).includes(key)) : [];
  return byText.length === 1 ? byText[0]! : 'STANDARD_UNKNOWN';
}

const COMPARED: (keyof ImportLineCounts)[] = FIGURE_COLUMNS;

/** The line as a record input (its counts are read; null ones are checked before this is used). */
export function lineInput(line: ImportLine, unitId: number, standardCode: string): RecordPovertyStatisticInput {
  return {
    unitId: String(unitId),
    standardCode,
    year: line.year!,
    households: line.households!,
    poorHouseholds: line.poorHouseholds!,
    nearPoorHouseholds: line.nearPoorHouseholds,
    ethnicMinorityHouseholds: line.ethnicMinorityHouseholds,
    ethnicMinorityPoorHouseholds: line.ethnicMinorityPoorHouseholds,
    people: line.people,
    poorPeople: line.poorPeople,
    reportedPoorRate: line.reportedPoorRate,
    reportedNearPoorRate: line.reportedNearPoorRate,
    reportedEthnicMinorityPoorRate: null,
    source: line.source,
  };
}

/** A recorded statistic's figures under the names of a line. */
export function countsOf(row: PovertyStatistic): ImportLineCounts {
  return {
    households: row.totalHouseholds,
    poorHouseholds: row.poorHouseholds,
    nearPoorHouseholds: row.nearPoorHouseholds ?? null,
    ethnicMinorityHouseholds: row.ethnicMinorityHouseholds ?? null,
    ethnicMinorityPoorHouseholds: row.ethnicMinorityPoorHouseholds ?? null,
    people: row.totalPeople ?? null,
    poorPeople: row.poorPeople ?? null,
    reportedPoorRate: row.reportedPoorRate ?? null,
    reportedNearPoorRate: row.reportedNearPoorRate ?? null,
    source: row.source ?? null,
  };
}

const same = (a: unknown, b: unknown) =>
  a == null || b == null ? a == null && b == null : String(a) === String(b) || Number(a) === Number(b);

/**
 * Checks read lines against the database: the unit and standard they name, the caller's grant on
 * the unit (each line's own), the rules a recorded statistic obeys, repeats in the file, and what
 * committing would change. Returns the lines with their problems and change set.
 */
export async function checkImportLines(ctx: Context, lines: ImportLine[]): Promise<ImportLine[]> {
  const standards = await ctx.em.find(PovertyStandard, {}, { orderBy: { fromYear: 'asc' } });
  const match = unitMatcher(ctx);
  const seen = new Map<string, number>();
  const checked: ImportLine[] = [];
  for (const original of lines) {
    const line: ImportLine = {
      ...original,
      unitId: null,
      problems: original.problems.filter((p) => !CHECKED_CODES.has(p.code)),
      change: null,
      existingId: null,
      previous: null,
      changedFields: [],
    };
    checked.push(line);
    const add = (field: string, code: string, vi: string, en: string) =>
      line.problems.push(importProblem(field, code, vi, en));
    if (line.unitText) {
      const found = await match(line.unitText, line.year);
      if ('problem' in found) line.problems.push(found.problem);
      else {
        line.unitId = found.unit.id;
        if (!(await holdsOn(ctx, STATISTIC_WRITERS, found.unit.id))) {
          add(
            'unit',
            'OUT_OF_SCOPE',
            `${found.unit.name} không thuộc phạm vi được giao cho bạn`,
            `${found.unit.name} is outside the units granted to you`,
          );
        }
      }
    }
    const standard = line.year == null ? null : standardOf(line, standards);
    if (typeof standard === 'string') {
      if (standard === 'STANDARD_MISSING') {
        add(
          'standard',
          standard,
          `Hãy ghi chuẩn nghèo của năm ${line.year}`,
          `Write the poverty standard of ${line.year}`,
        );
      } else {
        add(
          'standard',
          standard,
          `Không có chuẩn nghèo "${line.standardCode}"`,
          `No poverty standard "${line.standardCode}"`,
        );
      }
    } else if (standard) {
      line.standardCode = standard.code;
    }
    if (line.unitId == null || !standard || typeof standard === 'string' || line.problems.length) continue;
    const input = lineInput(line, line.unitId, standard.code);
    try {
      assertPlausibleCounts(input, standard);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const fields = (error.extensions.fields ?? []) as FieldProblem[];
      for (const f of fields) line.problems.push({ field: f.field, code: 'IMPLAUSIBLE', message: f.message });
      continue;
    }
    const key = `${line.unitId}|${standard.code}|${line.year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      add(
        'unit',
        'REPEATED_IN_FILE',
        `Đơn vị, chuẩn và năm này đã có ở dòng ${earlier}`,
        `This unit, standard and year are already on line ${earlier}`,
      );
      continue;
    }
    seen.set(key, line.lineNumber);
  }
  await markChanges(ctx, checked);
  return checked;
}

/** NEW, CHANGED (with the fields that differ and what they were) or UNCHANGED, for each line without problems. */
async function markChanges(ctx: Context, lines: ImportLine[]): Promise<void> {
  const good = lines.filter((l) => !l.problems.length);
  if (!good.length) return;
  const existing = await ctx.em.find(
    PovertyStatistic,
    { unit: { $in: [...new Set(good.map((l) => l.unitId!))] }, year: { $in: [...new Set(good.map((l) => l.year!))] } },
    { populate: ['standard'] },
  );
  const byKey = new Map(existing.map((r) => [`${r.unit.id}|${r.standard.code}|${r.year}`, r]));
  for (const line of good) {
    const row = byKey.get(`${line.unitId}|${line.standardCode}|${line.year}`);
    if (!row) {
      line.change = PovertyImportChange.NEW;
      continue;
    }
    const before = countsOf(row);
    const stored = storedValues(lineInput(line, line.unitId!, line.standardCode!));
    const after: ImportLineCounts = { ...line, source: stored.source };
    line.existingId = row.id;
    line.changedFields = COMPARED.filter((f) => !line.omitted.includes(f) && !same(before[f], after[f]));
    line.previous = before;
    line.change = line.changedFields.length ? PovertyImportChange.CHANGED : PovertyImportChange.UNCHANGED;
  }
}
