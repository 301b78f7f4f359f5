import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { drained, type Cell, type CellKind, type Table } from './table.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel keeps 15 significant digits; a number cell beyond that would show different digits. */
const EXCEL_DIGITS = 15;

/**
 * An amount as Excel must show it: a number cell when Excel holds it exactly (an IEEE double is
 * exact to 2^53, and Excel displays 15 significant digits), otherwise the digits as text, so a
 * total is never silently rounded. Every single posting (at most 10^15 ₫) is a number.
 */
export function exactNumberOrText(value: bigint): number | string {
  const significant = value.toString().replace('-', '').replace(/0+$/, '').length;
  const abs = value < 0n ? -value : value;
  return abs <= BigInt(Number.MAX_SAFE_INTEGER) && significant <= EXCEL_DIGITS ? Number(value) : value.toString();
}

function quantityCell(text: string): number | string {
  const [whole = '', fraction = ''] = text.replace('-', '').split('.');
  const digits = (whole.replace(/^0+/, '') + fraction).replace(/0+$/, '').length;
  return digits <= EXCEL_DIGITS ? Number(text) : text;
}

function xlsxCell(kind: CellKind, value: Cell): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (kind === 'money') return exactNumberOrText(BigInt(value));
  // A real date (shown dd/mm/yyyy), at UTC midnight so no time zone moves it to another day.
  if (kind === 'date') return new Date(`${String(value)}T00:00:00Z`);
  if (kind === 'quantity' || kind === 'count' || kind === 'rate') return quantityCell(String(value));
  return String(value);
}

const FORMAT: Partial<Record<CellKind, string>> = { money: '#,##0', date: 'dd/mm/yyyy', count: '#,##0', rate: '0.00' };

/**
 * Writes the table as one worksheet with exceljs's streaming writer: each row is committed to
 * the zip stream as it comes, so memory holds a batch, not the file. Header row bold and frozen.
 */
export async function writeXlsx(out: Writable, table: Table): Promise<void> {
  await writeXlsxSheets(out, [table]);
}

/** Several tables, one worksheet each, in order (a report's tables). */
export async function writeXlsxSheets(out: Writable, tables: Table[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Chung Tay';
  for (const table of tables) {
    if (out.destroyed) return;
    await writeSheet(workbook, out, table);
  }
  await workbook.commit();
}

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, out: Writable, table: Table): Promise<void> {
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  // Formats go on the cells that need them, not on whole columns: exceljs styles every cell of a
  // styled column one by one, which made the writer a third slower (measured, see README).
  sheet.columns = table.columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 18 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const kinds = table.columns.map((c) => c.kind);
  for await (const batch of table.batches) {
    if (out.destroyed) return;
    for (const values of batch) {
      const row = sheet.addRow(values.map((value, i) => xlsxCell(kinds[i]!, value)));
      kinds.forEach((kind, i) => {
        const format = FORMAT[kind];
        if (!format || values[i] === null) return;
        const cell = row.getCell(i + 1);
        if (typeof cell.value === 'string')
          cell.alignment = { horizontal: 'right' }; // an amount kept as digits
        else cell.numFmt = format;
      });
      row.commit();
    }
    if (out.writableNeedDrain) await drained(out);
  }
  sheet.commit();
}
