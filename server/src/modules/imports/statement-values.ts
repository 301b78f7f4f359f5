import { StatementDateFormat } from './import-enums.js';
import type { LineProblem } from './line-problems.js';

/** A cell as a reader gives it: text from CSV; text, number or Date from XLSX. */
export type Cell = string | number | Date | null | undefined;

export type Parsed<T> = { value: T } | { problem: LineProblem };

const MAX_AMOUNT = 10n ** 15n;

/**
 * Whole VND from a statement cell. Banks write "1.500.000", "1,500,000", "1500000",
 * "1,500,000.00" or "1.500.000 VND"; đồng have no fractions, so a non-zero fraction is refused
 * rather than rounded. Empty means no money on that side.
 */
export function parseAmount(cell: Cell): Parsed<bigint | null> {
  if (cell === null || cell === undefined) return { value: null };
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell)) return { problem: { code: 'AMOUNT_FRACTION', detail: String(cell) } };
    return checked(BigInt(cell), String(cell));
  }
  if (cell instanceof Date) return { problem: { code: 'AMOUNT_UNREADABLE', detail: cell.toISOString().slice(0, 10) } };
  const unsigned = cell.replace(/\s|₫|VNĐ|VND|đ/gi, '');
  if (unsigned === '' || unsigned === '-') return { value: null };
  // Money out written with a sign, "-500.000" or "(500.000)", in a single amount column.
  const negative = /^-|^\(.*\)$/.test(unsigned);
  const text = unsigned.replace(/^-|^\(|\)$/g, '');
  const result = parseUnsigned(text, cell);
  return negative && 'value' in result ? { value: -result.value } : result;
}

function parseUnsigned(text: string, cell: string): Parsed<bigint> {
  if (/^\d+$/.test(text)) return checked(BigInt(text), cell);
  // Thousands grouped by one separator, optionally a fraction after the other one.
  const grouped = /^(\d{1,3}([.,])\d{3}(?:\2\d{3})*)(?:([.,])(\d{1,2}))?$/.exec(text);
  if (grouped && grouped[3] !== grouped[2]) {
    if (grouped[4] && !/^0+$/.test(grouped[4])) return { problem: { code: 'AMOUNT_FRACTION', detail: cell } };
    return checked(BigInt(grouped[1]!.replace(/[.,]/g, '')), cell);
  }
  const fraction = /^(\d+)[.,](\d{1,2})$/.exec(text);
  if (fraction) {
    if (!/^0+$/.test(fraction[2]!)) return { problem: { code: 'AMOUNT_FRACTION', detail: cell } };
    return checked(BigInt(fraction[1]!), cell);
  }
  return { problem: { code: 'AMOUNT_UNREADABLE', detail: cell } };
}

function checked(amount: bigint, source: string): Parsed<bigint> {
  return amount > MAX_AMOUNT ? { problem: { code: 'AMOUNT_TOO_LARGE', detail: source } } : { value: amount };
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** An ISO date from a statement cell; a time after the date is ignored. */
export function parseDate(cell: Cell, format: StatementDateFormat): Parsed<string> {
  if (cell instanceof Date) {
    // Spreadsheet dates have no zone: exceljs gives them as UTC midnight.
    return { value: isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate())! };
  }
  const text = typeof cell === 'number' ? String(cell) : (cell ?? '').trim();
  if (!text) return { problem: { code: 'DATE_MISSING' } };
  const parts =
    format === StatementDateFormat.DMY
      ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(text)
      : /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b/.exec(text);
  const date =
    parts &&
    (format === StatementDateFormat.DMY
      ? isoDate(Number(parts[3]), Number(parts[2]), Number(parts[1]))
      : isoDate(Number(parts[1]), Number(parts[2]), Number(parts[3])));
  return date ? { value: date } : { problem: { code: 'DATE_UNREADABLE', detail: text } };
}

/** Text of a cell, trimmed, in Unicode NFC; null when empty. */
export function cellText(cell: Cell): string | null {
  if (cell === null || cell === undefined) return null;
  const text = (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).normalize('NFC').trim();
  return text === '' ? null : text;
}
