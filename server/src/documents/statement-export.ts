import type { Context } from '../context.js';
import { normalizeQuantity } from '../common/scalars/quantity.scalar.js';
import { statementPage, statementQuery } from '../modules/statement/statement.service.js';
import type { StatementFilter } from '../modules/statement/statement.type.js';
import type { QueryParams } from './query-params.js';
import type { Cell, Column, Table } from './table.js';
import { CHANNEL, label } from './vietnamese.js';

/** Rows fetched per keyset page: large enough to be cheap per row, small enough to stream. */
export const EXPORT_BATCH = 5_000;

export const STATEMENT_COLUMNS: Column[] = [
  { header: 'Ngày', kind: 'date', width: 12 },
  { header: 'Số tiền (₫)', kind: 'money', width: 18 },
  { header: 'Hình thức', kind: 'text', width: 14 },
  { header: 'Số lượng', kind: 'quantity', width: 10 },
  { header: 'Đơn vị tính', kind: 'text', width: 12 },
  { header: 'Nhà hảo tâm', kind: 'text', width: 30 },
  { header: 'Nội dung', kind: 'text', width: 50 },
  { header: 'Mã giao dịch', kind: 'text', width: 22 },
  { header: 'Số biên nhận', kind: 'text', width: 30 },
];

/** The publicStatement filter from a download's query string (same names, same rules). */
export function statementFilterFrom(params: QueryParams): StatementFilter {
  return {
    fundId: params.string('fundId', 20),
    campaignId: params.string('campaignId', 20),
    q: params.string('q', 200),
    amount: params.money('amount'),
    amountMin: params.money('amountMin'),
    amountMax: params.money('amountMax'),
    from: params.date('from'),
    to: params.date('to'),
    reference: params.string('reference', 100),
  };
}

/**
 * The whole public statement for a filter, as the publicStatement query pages it: the same
 * conditions (statementQuery, which refuses a filter the query refuses, before any byte is sent)
 * and the same keyset pages, walked to the end. Donors are named only with consent, exactly as
 * on the public graph, because the rows are the query's own.
 */
export function statementTable(ctx: Context, filter: StatementFilter): Table {
  const query = statementQuery(filter);
  return {
    sheetName: 'Sao kê',
    columns: STATEMENT_COLUMNS,
    batches: (async function* () {
      let after: string | null = null;
      do {
        const page = await statementPage(ctx, query, EXPORT_BATCH, after);
        yield page.nodes.map((line): Cell[] => [
          line.date,
          line.amount,
          label(CHANNEL, line.channel),
          line.quantity ? normalizeQuantity(line.quantity) : null,
          line.quantityUnit ?? null,
          line.donorName,
          line.description ?? null,
          line.bankReference ?? null,
          line.receiptNumber,
        ]);
        after = page.pageInfo.endCursor ?? null;
      } while (after);
    })(),
  };
}

/** "sao-ke-quy-12-2025-10-17" / "sao-ke-phong-trao-3-2025-10-17": whose statement, and when. */
export function statementFilename(filter: StatementFilter, today: string, extension: string): string {
  const whose = filter.fundId ? `quy-${filter.fundId}` : `phong-trao-${filter.campaignId}`;
  return `sao-ke-${whose}-${today}.${extension}`;
}
