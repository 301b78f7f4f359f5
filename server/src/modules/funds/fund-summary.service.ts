import type { Context } from '../../context.js';
import { assertOrderedDates } from '../../common/date-range.js';
import type { Fund } from './fund.entity.js';
import { fundTotals } from './fund.service.js';
import type { FundSummaryType, LedgerIntegrityType } from './fund-summary.type.js';
import {
  disbursedByPurpose,
  goodsReceived,
  receivedByChannel,
  receivedByDonorKind,
  type LedgerScope,
} from './ledger-aggregates.js';
import { Fund as FundEntity } from './fund.entity.js';

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export async function fundSummary(
  ctx: Context,
  fund: Fund,
  from?: string | null,
  to?: string | null,
): Promise<FundSummaryType> {
  assertOrderedDates(from, to, 'to');
  const before = from ? (await fundTotals(ctx.em, [fund.id], dayBefore(from))).get(fund.id)! : null;
  const untilEnd = (await fundTotals(ctx.em, [fund.id], to ?? undefined)).get(fund.id)!;
  const diff = (key: 'received' | 'allocatedIn' | 'allocatedOut' | 'disbursed') =>
    untilEnd[key] - (before?.[key] ?? 0n);
  const scope: LedgerScope = { fundIds: [fund.id], from, to };
  return {
    fundId: fund.id,
    from: from ?? null,
    to: to ?? null,
    openingBalance: before?.balance ?? 0n,
    received: diff('received'),
    receivedByChannel: await receivedByChannel(ctx, scope),
    receivedByDonorKind: await receivedByDonorKind(ctx, scope),
    allocatedIn: diff('allocatedIn'),
    allocatedOut: diff('allocatedOut'),
    disbursed: diff('disbursed'),
    disbursedByPurpose: await disbursedByPurpose(ctx, scope),
    closingBalance: untilEnd.balance,
    goodsReceived: await goodsReceived(ctx, scope),
  };
}

/**
 * Proves the ledger adds up for every fund: the balance equals the kinds rebuilt one by one; no
 * cash balance is negative; every reversal exactly cancels its entry; every allocation has both
 * sides, equal and opposite; every donation equals its receipt entry.
 */
export async function ledgerIntegrity(ctx: Context): Promise<LedgerIntegrityType> {
  const funds = await ctx.em.find(FundEntity, {}, { orderBy: { id: 'asc' } });
  const totals = await fundTotals(
    ctx.em,
    funds.map((f) => f.id),
  );
  const problems = new Map<number, string[]>(funds.map((f) => [f.id, []]));
  const note = (fundId: number, problem: string) => problems.get(Number(fundId))?.push(problem);
  for (const row of await ctx.em.execute<{ fund_id: number; id: string }[]>(
    `select r.fund_id, r.id from ledger_entry r join ledger_entry e on e.id = r.reverses_id
      where r.amount <> -e.amount or r.fund_id <> e.fund_id or r.medium <> e.medium`,
  ))
    note(row.fund_id, `reversal ${row.id} does not cancel its entry`);
  for (const row of await ctx.em.execute<{ fund_id: number; id: string }[]>(
    `select o.fund_id, o.id from ledger_entry o left join ledger_entry i on i.counterpart_id = o.id
      where o.kind = 'ALLOCATION_OUT' and (i.id is null or i.amount <> -o.amount or i.kind <> 'ALLOCATION_IN')`,
  ))
    note(row.fund_id, `allocation ${row.id} has no matching other side`);
  for (const row of await ctx.em.execute<{ fund_id: number; id: number }[]>(
    `select d.fund_id, d.id from donation d join ledger_entry e on e.id = d.entry_id
      where e.amount <> d.amount or e.fund_id <> d.fund_id or e.kind <> 'RECEIPT'`,
  ))
    note(row.fund_id, `donation ${row.id} differs from its ledger entry`);
  const result = funds.map((fund) => {
    const t = totals.get(fund.id)!;
    const rebuilt = t.received + t.allocatedIn - t.allocatedOut - t.disbursed;
    if (rebuilt !== t.balance) note(fund.id, `balance ${t.balance} differs from the kinds rebuilt, ${rebuilt}`);
    if (t.balance < 0n) note(fund.id, `cash balance is negative: ${t.balance}`);
    return { fundId: fund.id, balance: t.balance, rebuilt, problems: problems.get(fund.id)! };
  });
  return { ok: result.every((f) => f.problems.length === 0), funds: result };
}
