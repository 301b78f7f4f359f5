import type { Writable } from 'node:stream';
import { drained, type Cell, type CellKind, type Table } from './table.js';
import { viDate } from './vietnamese.js';

/** Excel reads a CSV as UTF-8 (and shows "Nguyễn" rather than "Nguyá»…n") only after this mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is
 * prefixed with an apostrophe: a transfer description typed by anyone must never execute on a
 * staff member's computer (OWASP "CSV injection"). Only text cells: amounts are plain digits.
 */
function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvCell(kind: CellKind, value: Cell): string {
  if (value === null || value === '') return '';
  if (kind === 'money') return value.toString(); // exact digits, no grouping: any tool reads them back
  if (kind === 'date') return viDate(String(value));
  if (kind === 'quantity') return String(value);
  return quote(neutralize(String(value)));
}

/** Writes the table as RFC 4180 CSV, UTF-8 with a BOM, CRLF line ends, honouring back-pressure. */
export async function writeCsv(out: Writable, table: Table): Promise<void> {
  const kinds = table.columns.map((c) => c.kind);
  out.write(UTF8_BOM + table.columns.map((c) => quote(c.header)).join(',') + '\r\n');
  for await (const batch of table.batches) {
    if (out.destroyed) return; // the client went away: stop reading the database
    const text = batch.map((row) => row.map((value, i) => csvCell(kinds[i]!, value)).join(',') + '\r\n').join('');
    if (!out.write(text)) await drained(out);
  }
  out.end();
}
