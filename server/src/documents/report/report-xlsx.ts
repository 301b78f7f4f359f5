import type { Writable } from 'node:stream';
import type { ReportCell } from '../../modules/reports/report-blocks.js';
import { smallTable, type Cell, type Table } from '../table.js';
import { viDate } from '../vietnamese.js';
import { writeXlsxSheets } from '../xlsx.js';
import type { ReportDocument } from './report-document.js';

/** A report cell as the spreadsheet keeps it: money exact, counts and rates as numbers. */
function sheetCell(cell: ReportCell | null): Cell {
  if (!cell) return null;
  if (cell.kind === 'money') return cell.value;
  if (cell.kind === 'count') return String(cell.value);
  return cell.value;
}

/**
 * The report's tables as a workbook: a first sheet saying what the report is, then one sheet per
 * table (funds, support, poverty series, commendations…), each with its Vietnamese headers and
 * exact number cells, ready for staff's own sums and charts.
 */
export async function writeReportXlsx(out: Writable, doc: ReportDocument, about: [string, string][]): Promise<void> {
  const tables: Table[] = [
    smallTable(
      'Báo cáo',
      [
        { header: 'Mục', kind: 'text', width: 24 },
        { header: 'Nội dung', kind: 'text', width: 90 },
      ],
      [...about, ['Ngày lập', viDate(doc.heading.date)]],
    ),
  ];
  for (const block of doc.blocks) {
    if (block.type !== 'table') continue;
    tables.push(
      smallTable(
        block.sheet,
        block.columns.map((c) => ({ header: c.header, kind: c.kind, width: c.kind === 'text' ? 36 : 18 })),
        block.rows.map((row) => row.map(sheetCell)),
      ),
    );
  }
  await writeXlsxSheets(out, tables);
}
