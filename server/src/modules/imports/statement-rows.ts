import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { pipeline, type Readable } from 'node:stream';
import type { Cell } from './statement-values.js';

export interface SourceRow {
  /** 1-based, as the file shows it (a spreadsheet's row number, a text editor's line). */
  lineNumber: number;
  cells: Cell[];
}

export type StatementFileKind = 'csv' | 'xlsx';

export function fileKind(fileName: string): StatementFileKind | null {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'csv' || extension === 'txt' ? 'csv' : extension === 'xlsx' ? 'xlsx' : null;
}

/**
 * CSV rows one by one as the bytes arrive: never the whole file in memory. Banks export with
 * commas, semicolons or tabs, with or without a byte-order mark; quoted fields may span lines,
 * so the line number is where the row starts.
 */
async function* csvRows(input: Readable): AsyncGenerator<SourceRow> {
  const parser = parse({
    bom: true,
    delimiter: [',', ';', '\t'],
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  });
  pipeline(input, parser, () => {});
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const cells = record as Cell[];
    const start = info.lines - countNewlines(record);
    yield { lineNumber: start, cells };
  }
}

const countNewlines = (record: string[]) => record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);

/** A cell of exceljs as plain text, number or date (formulas give their result, links their text). */
function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return plainCell(value.result as ExcelJS.CellValue);
  if ('error' in value) return null;
  return String(value);
}

/** The first worksheet's rows, streamed from the zip without building the workbook. */
async function* xlsxRows(input: Readable): AsyncGenerator<SourceRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    entries: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  for await (const worksheet of workbook) {
    for await (const row of worksheet) {
      // row.values is 1-based with a hole at 0.
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(plainCell);
      if (values.some((cell) => cell !== null && cell !== '')) yield { lineNumber: row.number, cells: values };
    }
    return; // the first sheet is the statement
  }
}

export function statementRows(input: Readable, kind: StatementFileKind): AsyncGenerator<SourceRow> {
  return kind === 'csv' ? csvRows(input) : xlsxRows(input);
}
