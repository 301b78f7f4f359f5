// fundSummary: the app's period report beside the same figures summed by hand in SQL.
import { graphql, type BenchCase, type BenchContext } from './bench-case.js';

const SUMMARY = `query Summary($fundId: ID!, $from: Date, $to: Date) {
  fundSummary(fundId: $fundId, from: $from, to: $to) {
    openingBalance closingBalance received allocatedIn allocatedOut disbursed
    receivedByChannel { key amount } receivedByDonorKind { key amount } disbursedByPurpose { key amount }
    goodsReceived { unit quantity value }
  }
}`;

interface Keyed {
  key: string;
  amount: string;
}

const keyed = (rows: Keyed[]) =>
  rows
    .filter((r) => r.amount !== '0')
    .map((r) => `${r.key}=${r.amount}`)
    .sort()
    .join(',');

async function appSummary(ctx: BenchContext, from: string, to: string): Promise<string> {
  const { fundSummary: s } = await graphql<{ fundSummary: Record<string, any> }>(ctx, SUMMARY, {
    fundId: String(ctx.fundId),
    from,
    to,
  });
  const goods = (s.goodsReceived as { unit: string; value: string }[]).map((g) => `${g.unit}=${g.value}`).join(',');
  return [
    s.openingBalance,
    s.closingBalance,
    s.received,
    keyed(s.receivedByChannel),
    keyed(s.receivedByDonorKind),
    keyed(s.disbursedByPurpose),
    goods,
  ].join(' | ');
}

/** The same report as a person would write it: one pass for the balances, grouping sets for the splits. */
async function sqlSummary(ctx: BenchContext, from: string, to: string): Promise<string> {
  const args = [ctx.fundId, from, to];
  const totals = await ctx.db.query<{ opening: string; closing: string; received: string }>(
    `select coalesce(sum(e.amount) filter (where e.entry_date < $2), 0)::text as opening,
            coalesce(sum(e.amount) filter (where e.entry_date <= $3), 0)::text as closing,
            coalesce(sum(e.amount) filter (where e.entry_date between $2 and $3
                                             and coalesce(r.kind, e.kind) = 'RECEIPT'), 0)::text as received
       from ledger_entry e left join ledger_entry r on r.id = e.reverses_id
      where e.fund_id = $1 and e.medium = 'CASH'`,
    args,
  );
  const splits = await ctx.db.query<{ channel: string | null; kind: string | null; amount: string }>(
    `select d.channel, coalesce(o.kind, 'ANONYMOUS') as kind, sum(e.amount)::text as amount
       from ledger_entry e
       join donation d on d.entry_id = coalesce(e.reverses_id, e.id)
       left join donor o on o.id = d.donor_id
      where e.fund_id = $1 and e.medium = 'CASH' and e.entry_date between $2 and $3
      group by grouping sets ((d.channel), (coalesce(o.kind, 'ANONYMOUS')))`,
    args,
  );
  const purposes = await ctx.db.query<Keyed>(
    `select s.purpose as key, (-sum(e.amount))::text as amount
       from ledger_entry e join support s on s.entry_id = coalesce(e.reverses_id, e.id)
      where e.fund_id = $1 and e.medium = 'CASH' and e.entry_date between $2 and $3
      group by 1`,
    args,
  );
  const goods = await ctx.db.query<{ unit: string; value: string }>(
    `select e.quantity_unit as unit, sum(e.amount)::text as value
       from ledger_entry e left join ledger_entry r on r.id = e.reverses_id
      where e.fund_id = $1 and e.medium = 'IN_KIND' and coalesce(r.kind, e.kind) = 'RECEIPT'
        and e.entry_date between $2 and $3
      group by 1 order by 1`,
    args,
  );
  const t = totals.rows[0]!;
  return [
    t.opening,
    t.closing,
    t.received,
    keyed(splits.rows.filter((r) => r.channel).map((r) => ({ key: r.channel!, amount: r.amount }))),
    keyed(splits.rows.filter((r) => !r.channel).map((r) => ({ key: r.kind!, amount: r.amount }))),
    keyed(purposes.rows),
    goods.rows.map((g) => `${g.unit}=${g.value}`).join(','),
  ].join(' | ');
}

export function fundSummaryCases(): BenchCase[] {
  const summary = (name: string, from: string, to: string): BenchCase => ({
    name,
    app: (ctx) => appSummary(ctx, from, to),
    sql: (ctx) => sqlSummary(ctx, from, to),
  });
  return [
    summary('fundSummary: one year (2024)', '2024-01-01', '2024-12-31'),
    summary('fundSummary: all ten years', '2016-01-01', '2025-12-31'),
  ];
}
