import { graphql, type BenchContext } from './bench-case.js';

/**
 * The generated fund keeps the ledger's rules: every donation equals its RECEIPT entry, and the
 * balance the app reports is the sum of the fund's cash entries, as is the cash received.
 */
export async function expectLedgerAddsUp(ctx: BenchContext): Promise<void> {
  const mismatched = await ctx.db.query<{ n: string }>(
    `select count(*)::text as n from donation d left join ledger_entry e on e.id = d.entry_id
      where d.fund_id = $1 and (e.id is null or e.amount <> d.amount or e.fund_id <> d.fund_id or e.kind <> 'RECEIPT')`,
    [ctx.fundId],
  );
  if (mismatched.rows[0]!.n !== '0') throw new Error(`${mismatched.rows[0]!.n} donations differ from their entries`);
  const sums = await ctx.db.query<{ entries: string; donations: string }>(
    `select (select coalesce(sum(amount), 0) from ledger_entry where fund_id = $1 and medium = 'CASH')::text as entries,
            (select coalesce(sum(amount), 0) from donation
              where fund_id = $1 and status = 'RECEIVED' and channel <> 'IN_KIND')::text as donations`,
    [ctx.fundId],
  );
  const { fund } = await graphql<{ fund: { totals: { balance: string; received: string } } }>(
    ctx,
    `
      query ($id: ID!) {
        fund(id: $id) {
          totals {
            balance
            received
          }
        }
      }
    `,
    { id: String(ctx.fundId) },
  );
  const { entries, donations } = sums.rows[0]!;
  if (fund.totals.balance !== entries || fund.totals.received !== donations || entries !== donations) {
    throw new Error(
      `the ledger does not add up: balance ${fund.totals.balance}, received ${fund.totals.received}, ` +
        `Σ entries ${entries}, Σ donations ${donations}`,
    );
  }
}

/** The fund holds exactly `count` donations whose bank reference starts with `prefix`, for Σ `total`. */
export async function expectPosted(ctx: BenchContext, prefix: string, count: number, total: bigint): Promise<void> {
  const posted = await ctx.db.query<{ n: string; sum: string | null }>(
    `select count(*)::text as n, sum(amount)::text as sum from donation
      where fund_id = $1 and left(bank_reference, length($2)) = $2 and status = 'RECEIVED'`,
    [ctx.fundId, prefix],
  );
  const { n, sum } = posted.rows[0]!;
  if (n !== String(count) || sum !== total.toString()) {
    throw new Error(`${prefix}: ${n} donations for Σ ${sum} posted, expected ${count} for Σ ${total}`);
  }
}
