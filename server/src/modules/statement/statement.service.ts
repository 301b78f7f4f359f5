import type { Context } from '../../context.js';
import { assertOrderedDates } from '../../common/date-range.js';
import { badInput } from '../../common/errors.js';
import { lookupId } from '../../common/ids.js';
import { searchPatterns } from '../../common/search-text.js';
import { ANONYMOUS_DONOR_NAME } from '../donors/donor.type.js';
import type { StatementFilter, StatementLineType, StatementPageType } from './statement.type.js';

/** A statement query: its WHERE clause and parameters, kept so totalCount runs only when asked. */
export interface StatementQuery {
  where: string;
  params: unknown[];
}

const PUBLIC_NAME = 'o.public_consent and not o.anonymous';

/** Builds the conditions; the donor's real name is searchable only where it is public. */
export function statementQuery(filter: StatementFilter): StatementQuery {
  const fundId = filter.fundId ? lookupId(filter.fundId) : null;
  const campaignId = filter.campaignId ? lookupId(filter.campaignId) : null;
  if (!filter.fundId && !filter.campaignId) {
    throw badInput('fundId', { vi: 'Chọn một quỹ hoặc một phong trào', en: 'Choose a fund or a campaign' });
  }
  assertOrderedDates(filter.from, filter.to, 'to');
  const where = [`d.status = 'RECEIVED'`];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (filter.fundId) add('d.fund_id = ?', fundId ?? 0);
  if (filter.campaignId) add('d.campaign_id = ?', campaignId ?? 0);
  for (const pattern of filter.q?.trim() ? searchPatterns(filter.q) : []) {
    add(`(d.search_text like ? or (${PUBLIC_NAME} and o.search_text like ?))`, pattern, pattern);
  }
  if (filter.amount != null) add('d.amount = ?', filter.amount.toString());
  if (filter.amountMin != null) add('d.amount >= ?', filter.amountMin.toString());
  if (filter.amountMax != null) add('d.amount <= ?', filter.amountMax.toString());
  if (filter.from) add('d.donated_on >= ?', filter.from);
  if (filter.to) add('d.donated_on <= ?', filter.to);
  if (filter.reference?.trim())
    add('(d.bank_reference = ? or d.receipt_number = ?)', filter.reference.trim(), filter.reference.trim());
  return { where: where.join(' and '), params };
}

function encodeCursor(date: string, id: number): string {
  return Buffer.from(`${date}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): [string, number] {
  const [date, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d+$/.test(id ?? '')) {
    throw badInput('after', { vi: 'Con trỏ trang không hợp lệ', en: 'The page cursor is not valid' });
  }
  return [date, Number(id)];
}

interface Row {
  id: number;
  donated_on: string | Date;
  amount: string;
  channel: StatementLineType['channel'];
  quantity: string | null;
  quantity_unit: string | null;
  donor_name: string | null;
  bank_reference: string | null;
  receipt_number: string;
  note: string | null;
}

const day = (value: string | Date) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

/**
 * One page of the statement, newest first. Keyset pagination on (date, id): page 10,000 costs
 * what page 1 does, because it starts from the cursor instead of skipping rows.
 */
export async function statementPage(
  ctx: Context,
  query: StatementQuery,
  first: number,
  after?: string | null,
): Promise<StatementPageType> {
  const where = [query.where];
  const params = [...query.params];
  if (after) {
    const [date, id] = decodeCursor(after);
    where.push('(d.donated_on < ? or (d.donated_on = ? and d.id < ?))');
    params.push(date, date, id);
  }
  const rows = await ctx.em.execute<Row[]>(
    `select d.id, d.donated_on, d.amount::text as amount, d.channel, d.quantity::text as quantity, d.quantity_unit,
            case when ${PUBLIC_NAME} then o.display_name end as donor_name,
            d.bank_reference, d.receipt_number, d.note
       from donation d left join donor o on o.id = d.donor_id
      where ${where.join(' and ')}
      order by d.donated_on desc, d.id desc
      limit ?`,
    [...params, first + 1],
  );
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    nodes: page.map((r) => ({
      id: String(r.id),
      date: day(r.donated_on),
      amount: BigInt(r.amount),
      channel: r.channel,
      quantity: r.quantity,
      quantityUnit: r.quantity_unit,
      donorName: r.donor_name ?? ANONYMOUS_DONOR_NAME,
      bankReference: r.bank_reference,
      receiptNumber: r.receipt_number,
      description: r.note,
    })),
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last && rows.length > first ? encodeCursor(day(last.donated_on), last.id) : null,
    },
  };
}

export async function statementCount(ctx: Context, query: StatementQuery): Promise<number> {
  const [row] = await ctx.em.execute<{ n: string }[]>(
    `select count(*)::text as n from donation d left join donor o on o.id = d.donor_id where ${query.where}`,
    query.params,
  );
  return Number(row?.n ?? 0);
}
