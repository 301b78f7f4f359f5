import type { Context } from '../../context.js';
import { assertOrderedDates } from '../../common/date-range.js';
import { badInput } from '../../common/errors.js';
import { lookupId } from '../../common/ids.js';
import { supportByUnit } from '../funds/ledger-aggregates.js';
import type { MoneyWentFilter, MoneyWentType } from './money-went.type.js';

/** Where a fund's or a campaign's money went, from the ledger, without anything personal. */
export async function moneyWent(ctx: Context, filter: MoneyWentFilter): Promise<MoneyWentType> {
  if (!filter.fundId && !filter.campaignId) {
    throw badInput('fundId', { vi: 'Chọn một quỹ hoặc một phong trào', en: 'Choose a fund or a campaign' });
  }
  assertOrderedDates(filter.from, filter.to, 'to');
  const conditions = (alias: string) => {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      where.push(`${alias}.${sql}`);
      params.push(value);
    };
    if (filter.fundId) add('fund_id = ?', lookupId(filter.fundId) ?? 0);
    if (filter.campaignId) add('campaign_id = ?', lookupId(filter.campaignId) ?? 0);
    if (filter.from) add('entry_date >= ?', filter.from);
    if (filter.to) add('entry_date <= ?', filter.to);
    return { sql: where.join(' and '), params };
  };
  const support = await supportByUnit(ctx, {
    fundIds: filter.fundId ? [lookupId(filter.fundId) ?? 0] : undefined,
    campaignIds: filter.campaignId ? [lookupId(filter.campaignId) ?? 0] : undefined,
    from: filter.from,
    to: filter.to,
  });
  const onOut = conditions('o');
  const allocations = await ctx.em.execute<{ fund_id: number; fund_name: string; amount: string }[]>(
    `select f.id as fund_id, f.name as fund_name,
            (-sum(o.amount + coalesce((select sum(r.amount) from ledger_entry r where r.reverses_id = o.id), 0)))::text as amount
       from ledger_entry o
       join ledger_entry i on i.counterpart_id = o.id
       join fund f on f.id = i.fund_id
      where o.kind = 'ALLOCATION_OUT' and ${onOut.sql}
      group by f.id, f.name
      order by f.name`,
    onOut.params,
  );
  return {
    support: support.map((r) => ({ ...r, purpose: r.purpose as never })),
    allocations: allocations
      .map((a) => ({ fundId: Number(a.fund_id), fundName: a.fund_name, amount: BigInt(a.amount) }))
      .filter((a) => a.amount !== 0n),
  };
}
