import type { Localized } from '../../common/errors.js';
import { rawText } from '../imports/statement-line-reader.js';
import { cellText, parseAmount, type Cell } from '../imports/statement-values.js';
import { COUNT_COLUMNS, OPTIONAL_COLUMNS, type ImportColumn, type ImportColumnMap } from './poverty-import-columns.js';
import type { ImportLine, ImportLineProblem } from './poverty-import.entity.js';

const MAX_COUNT = 100_000_000;

const problem = (field: string, code: string, vi: string, en: string): ImportLineProblem => ({
  field,
  code,
  message: { vi, en } satisfies Localized,
});

/**
 * A whole count as people write it: 1234, "1.234", "1,234" (the statement import's amount
 * reader, which refuses fractions rather than rounding them).
 */
function count(line: ImportLine, field: ImportColumn, cell: Cell): number | null {
  const parsed = parseAmount(cell);
  if ('problem' in parsed || (parsed.value != null && (parsed.value < 0n || parsed.value > BigInt(MAX_COUNT)))) {
    const text = cellText(cell) ?? '';
    line.problems.push(
      problem(field, 'COUNT_UNREADABLE', `Không đọc được số "${text}"`, `"${text}" is not a whole count`),
    );
    return null;
  }
  return parsed.value == null ? null : Number(parsed.value);
}

/** A rate in percent, "14,93", "14.93%" or 14.93, kept with two places as the source states it. */
function rate(line: ImportLine, field: ImportColumn, cell: Cell): string | null {
  const text = (typeof cell === 'number' ? String(cell) : (cellText(cell) ?? '')).replace(/\s|%/g, '');
  if (text === '') return null;
  const parts = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
  if (!parts || Number(parts[1]) > 100 || (Number(parts[1]) === 100 && Number(parts[2] ?? 0) > 0)) {
    line.problems.push(
      problem(
        field,
        'RATE_UNREADABLE',
        `Tỷ lệ "${text}" phải là phần trăm 0–100, tối đa 2 chữ số thập phân`,
        `Rate "${text}" must be a percentage 0–100 with at most 2 decimals`,
      ),
    );
    return null;
  }
  return `${Number(parts[1])}.${(parts[2] ?? '').padEnd(2, '0')}`;
}

/** Reads one data row: what the file says, with the problems of its cells. Units and standards are matched later. */
export function readImportLine(lineNumber: number, row: Cell[], columns: ImportColumnMap): ImportLine {
  const at = (column: ImportColumn): Cell => (columns[column] === undefined ? null : row[columns[column]!]);
  const line: ImportLine = {
    lineNumber,
    raw: rawText(row),
    unitText: cellText(at('unit'))?.slice(0, 200) ?? null,
    unitId: null,
    year: null,
    standardCode: cellText(at('standard'))?.slice(0, 60) ?? null,
    households: null,
    poorHouseholds: null,
    nearPoorHouseholds: null,
    ethnicMinorityHouseholds: null,
    ethnicMinorityPoorHouseholds: null,
    people: null,
    poorPeople: null,
    reportedPoorRate: null,
    reportedNearPoorRate: null,
    source: cellText(at('source'))?.slice(0, 500) ?? null,
    problems: [],
    omitted: OPTIONAL_COLUMNS.filter((field) => columns[field] === undefined),
    change: null,
    existingId: null,
    previous: null,
    changedFields: [],
  };
  if (!line.unitText) line.problems.push(problem('unit', 'UNIT_MISSING', 'Thiếu đơn vị', 'The unit is missing'));
  const yearText = cellText(at('year')) ?? '';
  if (/^\d{4}$/.test(yearText) && Number(yearText) >= 2000 && Number(yearText) <= 2100) line.year = Number(yearText);
  else
    line.problems.push(
      problem('year', 'YEAR_UNREADABLE', `Năm "${yearText}" không hợp lệ`, `Year "${yearText}" is not valid`),
    );
  for (const field of COUNT_COLUMNS) line[field] = count(line, field, at(field));
  for (const field of ['households', 'poorHouseholds'] as const) {
    if (line[field] == null && !line.problems.some((p) => p.field === field)) {
      line.problems.push(problem(field, 'COUNT_MISSING', 'Thiếu số liệu bắt buộc', 'A required count is missing'));
    }
  }
  if (line.households === 0) {
    line.problems.push(
      problem('households', 'COUNT_UNREADABLE', 'Tổng số hộ phải lớn hơn 0', 'All households must be more than 0'),
    );
  }
  line.reportedPoorRate = rate(line, 'reportedPoorRate', at('reportedPoorRate'));
  line.reportedNearPoorRate = rate(line, 'reportedNearPoorRate', at('reportedNearPoorRate'));
  return line;
}

export { problem as importProblem };
