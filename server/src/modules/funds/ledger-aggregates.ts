import { fromThousandths, toThousandths } from '../../common/scalars/quantity.scalar.js';
import type { Context } from '../../context.js';
import type { MoneyByKeyType } from './fund-summary.type.js';
import type { GoodsTotalType } from './fund.type.js';

// The ledger's aggregates, shared by a fund's period report (fundSummary) and the campaign report,
// so that both count money the same way: net of reversals, goods apart from cash.

const DONATIONS =
  'join donation d on d.entry_id = coalesce(e.reverses_id, e.id) left join donor o on o.id = d.donor_id';
const SUPPORT = 'join support s on s.entry_id = coalesce(e.reverses_id, e.id)';

function byKey(rows: { key: string; amount: string }[]): MoneyByKeyType[] {
  return rows.map((r) => ({ key: r.key, amount: BigInt(r.amount) })).filter((r) => r.amount !== 0n);
}

/**
 * Which ledger entries an aggregate reads: one fund (a fund's period report) or a campaign's
 * entries in the funds of a unit's subtree (a campaign report), within a period. Reversals carry
 * the fund, campaign and date of their own posting, so they net out in the same groups.
 */
export interface LedgerScope {
  fundIds?: number[];
  campaignIds?: number[];
  /** Funds whose unit is one of these. */
  fundUnitIds?: number[];
  from?: string | null;
  to?: string | null;
}

function scopeSql(scope: LedgerScope): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (scope.fundIds) add('e.fund_id in (?)', scope.fundIds.length ? scope.fundIds : [0]);
  if (scope.campaignIds) add('e.campaign_id in (?)', scope.campaignIds.length ? scope.campaignIds : [0]);
  if (scope.fundUnitIds) {
    add('e.fund_id in (select id from fund where unit_id in (?))', scope.fundUnitIds.length ? scope.fundUnitIds : [0]);
  }
  if (scope.from) add('e.entry_date >= ?', scope.from);
  if (scope.to) add('e.entry_date <= ?', scope.to);
  return { sql: where.length ? where.join(' and ') : 'true', params };
}

/** Cash entries in scope joined to the record behind them, grouped by `group`, net of reversals. */
async function cashBy(ctx: Context, scope: LedgerScope, join: string, group: string) {
  const where = scopeSql(scope);
  return ctx.em.execute<{ key: string; amount: string }[]>(
    `select ${group} as key, sum(e.amount)::text as amount
       from ledger_entry e
       ${join}
      where ${where.sql} and e.medium = 'CASH'
      group by 1 order by 1`,
    where.params,
  );
}

/** Cash received (donations, net of reversals) by channel. */
export async function receivedByChannel(ctx: Context, scope: LedgerScope): Promise<MoneyByKeyType[]> {
  return byKey(await cashBy(ctx, scope, DONATIONS, 'd.channel'));
}

/** Cash received by donor kind ("ANONYMOUS" for gifts with no donor). */
export async function receivedByDonorKind(ctx: Context, scope: LedgerScope): Promise<MoneyByKeyType[]> {
  return byKey(await cashBy(ctx, scope, DONATIONS, "coalesce(o.kind, 'ANONYMOUS')"));
}

/** Cash given out as support, by purpose, as positive amounts. */
export async function disbursedByPurpose(ctx: Context, scope: LedgerScope): Promise<MoneyByKeyType[]> {
  return byKey(await cashBy(ctx, scope, SUPPORT, 's.purpose')).map((r) => ({ ...r, amount: -r.amount }));
}

/** Goods received (receipts in kind, net of reversals), by unit, at appraised value. */
export async function goodsReceived(ctx: Context, scope: LedgerScope): Promise<GoodsTotalType[]> {
  const where = scopeSql(scope);
  const rows = await ctx.em.execute<{ unit: string; quantity: string; value: string }[]>(
    `select e.quantity_unit as unit, sum(e.quantity)::text as quantity, sum(e.amount)::text as value
       from ledger_entry e left join ledger_entry r on r.id = e.reverses_id
      where ${where.sql} and e.medium = 'IN_KIND' and coalesce(r.kind, e.kind) = 'RECEIPT'
      group by 1 order by 1`,
    where.params,
  );
  return rows.map((g) => ({
    unit: g.unit,
    quantity: fromThousandths(toThousandths(g.quantity)),
    value: BigInt(g.value),
  }));
}

export interface SupportByPurposeRow {
  purpose: string;
  cash: bigint;
  inKindValue: bigint;
  /** Grants still standing (a fully reversed grant is not counted). */
  grants: number;
  /** Distinct households among those grants (commune projects reach no one household). */
  households: number;
  /** Grants to commune projects. */
  projects: number;
  goods: GoodsTotalType[];
}

/**
 * Support given out, by purpose: cash and goods net of reversals, with the grants and households
 * reached. A grant reversed in full counts for nothing, so a correction never inflates the reach.
 */
/** The support grants in scope that still stand (their entries net of reversals are not zero). */
const standingGrants = (where: { sql: string }) =>
  `select s.id, s.purpose, s.household_id, s.medium, s.quantity_unit,
         -sum(e.amount) as amount, -sum(coalesce(e.quantity, 0)) as quantity
       from ledger_entry e ${SUPPORT}
      where ${where.sql}
      group by s.id, s.purpose, s.household_id, s.medium, s.quantity_unit
     having sum(e.amount) <> 0`;

/** Distinct households reached by standing grants: one helped for two purposes counts once. */
export async function householdsReached(ctx: Context, scope: LedgerScope): Promise<number> {
  const where = scopeSql(scope);
  const [row] = await ctx.em.execute<{ households: string }[]>(
    `select count(distinct g.household_id)::text as households from (${standingGrants(where)}) g`,
    where.params,
  );
  return Number(row?.households ?? 0);
}

export async function supportByPurpose(ctx: Context, scope: LedgerScope): Promise<SupportByPurposeRow[]> {
  const where = scopeSql(scope);
  const grants = standingGrants(where);
  const rows = await ctx.em.execute<
    { purpose: string; cash: string; goods: string; grants: string; households: string; projects: string }[]
  >(
    `select g.purpose,
            sum(case when g.medium = 'CASH' then g.amount else 0 end)::text as cash,
            sum(case when g.medium = 'IN_KIND' then g.amount else 0 end)::text as goods,
            count(*)::text as grants,
            count(distinct g.household_id)::text as households,
            count(*) filter (where g.household_id is null)::text as projects
       from (${grants}) g
      group by g.purpose order by g.purpose`,
    where.params,
  );
  const goods = await ctx.em.execute<{ purpose: string; unit: string; quantity: string; value: string }[]>(
    `select g.purpose, g.quantity_unit as unit, sum(g.quantity)::text as quantity, sum(g.amount)::text as value
       from (${grants}) g
      where g.medium = 'IN_KIND'
      group by 1, 2 order by 1, 2`,
    where.params,
  );
  return rows.map((r) => ({
    purpose: r.purpose,
    cash: BigInt(r.cash),
    inKindValue: BigInt(r.goods),
    grants: Number(r.grants),
    households: Number(r.households),
    projects: Number(r.projects),
    goods: goods
      .filter((g) => g.purpose === r.purpose)
      .map((g) => ({ unit: g.unit, quantity: fromThousandths(toThousandths(g.quantity)), value: BigInt(g.value) })),
  }));
}
