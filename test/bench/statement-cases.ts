// The public statement (sao kê): the same pages through publicStatement and by hand in SQL.
import { searchKey } from '@chung-tay/server';
import { graphql, type BenchCase, type BenchContext } from './bench-case.js';

export const PAGE = 20;

const STATEMENT = `query Statement($filter: StatementFilter!, $first: Int!, $after: String) {
  publicStatement(filter: $filter, first: $first, after: $after) {
    nodes { id date amount channel quantity quantityUnit donorName bankReference receiptNumber description }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface StatementFilter {
  q?: string;
  amount?: string;
  amountMin?: string;
  amountMax?: string;
  from?: string;
  reference?: string;
  to?: string;
}

interface Keyset {
  date: string;
  id: number;
}

/** The app's cursor for "after this line": what endCursor holds (see statement.service.ts). */
export const cursorOf = (after: Keyset) => Buffer.from(`${after.date}|${after.id}`).toString('base64url');

async function appPage(ctx: BenchContext, filter: StatementFilter, after?: Keyset): Promise<string> {
  const data = await graphql<{ publicStatement: { nodes: { id: string }[] } }>(ctx, STATEMENT, {
    filter: { fundId: String(ctx.fundId), ...filter },
    first: PAGE,
    after: after ? cursorOf(after) : null,
  });
  return data.publicStatement.nodes.map((n) => n.id).join(',');
}

/**
 * The statement query a person would write: the same columns, conditions and keyset order. A
 * search is a union of the two narrow ways a line can match (its donor's public name has every
 * long word; its description has one of them), each still checking every word: a single OR across
 * donation and donor leaves PostgreSQL only the walk through the whole fund (seconds at 1M).
 */
async function sqlPage(ctx: BenchContext, filter: StatementFilter, after?: Keyset): Promise<string> {
  const where = [`d.fund_id = $1`, `d.status = 'RECEIVED'`];
  const params: unknown[] = [ctx.fundId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const all = filter.q ? searchKey(filter.q).split(' ') : [];
  const placeholders = new Map(all.map((word) => [word, param(`%${word}%`)]));
  // Words under three letters have no trigram: checked, never used to narrow.
  const words = all.filter((word) => word.length >= 3).map((word) => placeholders.get(word)!);
  for (const p of placeholders.values()) {
    where.push(`(d.search_text like ${p} or (o.public_consent and not o.anonymous and o.search_text like ${p}))`);
  }
  if (filter.amount) where.push(`d.amount = ${param(filter.amount)}`);
  if (filter.amountMin) where.push(`d.amount >= ${param(filter.amountMin)}`);
  if (filter.amountMax) where.push(`d.amount <= ${param(filter.amountMax)}`);
  if (filter.reference) {
    const p = param(filter.reference);
    where.push(`(d.bank_reference = ${p} or d.receipt_number = ${p})`);
  }
  if (filter.from) where.push(`d.donated_on >= ${param(filter.from)}`);
  if (filter.to) where.push(`d.donated_on <= ${param(filter.to)}`);
  if (after) where.push(`(d.donated_on, d.id) < (${param(after.date)}, ${param(after.id)})`);
  const columns = `d.id, d.donated_on, d.amount, d.channel, d.quantity, d.quantity_unit,
    case when o.public_consent and not o.anonymous then o.display_name else 'Nhà hảo tâm ẩn danh' end as donor_name,
    d.bank_reference, d.receipt_number, d.note`;
  const tail = `order by d.donated_on desc, d.id desc limit ${PAGE + 1}`;
  const sql = words.length
    ? `(select ${columns} from donation d join donor o on o.id = d.donor_id
         where ${where.join(' and ')} and o.public_consent and not o.anonymous
           and ${words.map((p) => `o.search_text like ${p}`).join(' and ')} ${tail})
       union
       (select ${columns} from donation d left join donor o on o.id = d.donor_id
         where ${where.join(' and ')} and (${words.map((p) => `d.search_text like ${p}`).join(' or ')}) ${tail})
       order by donated_on desc, id desc limit ${PAGE + 1}`
    : `select ${columns} from donation d left join donor o on o.id = d.donor_id where ${where.join(' and ')} ${tail}`;
  const result = await ctx.db.query<{ id: number }>(sql, params);
  return result.rows
    .slice(0, PAGE)
    .map((r) => r.id)
    .join(',');
}

const statementCase = (name: string, filter: StatementFilter, after?: () => Keyset): BenchCase => ({
  name,
  app: (ctx) => appPage(ctx, filter, after?.()),
  sql: (ctx) => sqlPage(ctx, filter, after?.()),
});

/**
 * The keyset of the last line of page `page - 1`, found once with OFFSET (not timed), so that
 * page `page` can be asked for the way a client walking the cursor would reach it.
 */
export async function keysetBeforePage(ctx: BenchContext, page: number): Promise<Keyset> {
  const result = await ctx.db.query<{ date: string; id: number }>(
    `select to_char(donated_on, 'YYYY-MM-DD') as date, id from donation
      where fund_id = $1 and status = 'RECEIVED'
      order by donated_on desc, id desc offset $2 limit 1`,
    [ctx.fundId, (page - 1) * PAGE - 1],
  );
  const row = result.rows[0];
  if (!row) throw new Error(`the fund has fewer than ${(page - 1) * PAGE} donations`);
  return row;
}

export function statementCases(deepPage: Keyset, deepPageNumber: number, reference: string): BenchCase[] {
  return [
    statementCase('statement: search a common name ("nguyen van")', { q: 'nguyen van' }),
    statementCase('statement: search a full name ("dang thu vy")', { q: 'dang thu vy' }),
    statementCase('statement: search a description word ("yagi")', { q: 'yagi' }),
    statementCase('statement: exact amount (2.350.000 ₫)', { amount: '2350000' }),
    statementCase('statement: amount range (40–50 million ₫)', { amountMin: '40000000', amountMax: '50000000' }),
    statementCase('statement: bank reference', { reference }),
    statementCase('statement: date range (September 2024)', { from: '2024-09-01', to: '2024-09-30' }),
    statementCase('statement: page 1 (keyset)', {}),
    statementCase(`statement: page ${deepPageNumber.toLocaleString('en')} (keyset)`, {}, () => deepPage),
  ];
}
