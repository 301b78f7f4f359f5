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
  /** Support aggregates only: support that went to one of these units (by the support's unit). */
  supportUnitIds?: number[];
  /** Support aggregates only: support of this purpose. */
  purpose?: string | null;
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
  /** Households reached: distinct households helped, plus the households commune projects reach. */
  households: number;
  /** Grants to commune projects. */
  projects: number;
  goods: GoodsTotalType[];
}

/**
 * The support grants in scope, each with its entries net of reversals. A grant stands when its
 * net is not zero or it was never reversed (goods may be appraised at zero); `reversals` is how
 * many of its reversals fall in scope. Only a grant given and not reversed in scope reaches
 * anyone, so a correction never inflates the reach. The one definition every count of grants
 * and households uses: the campaign report, reported figures and whereMoneyWent. (A fund's period
 * report counts money movements instead: disbursedByPurpose.)
 */
function standingGrants(scope: LedgerScope): { sql: string; params: unknown[] } {
  const where = scopeSql(scope);
  const conditions = [where.sql];
  const params = [...where.params];
  if (scope.supportUnitIds) {
    conditions.push('s.unit_id in (?)');
    params.push(scope.supportUnitIds.length ? scope.supportUnitIds : [0]);
  }
  if (scope.purpose) {
    conditions.push('s.purpose = ?');
    params.push(scope.purpose);
  }
  return {
    sql: `select s.id, s.purpose, s.unit_id, s.household_id, s.project_households, s.medium, s.quantity_unit,
                 -sum(e.amount) as amount, -sum(coalesce(e.quantity, 0)) as quantity,
                 count(e.reverses_id) as reversals
            from ledger_entry e ${SUPPORT}
           where ${conditions.join(' and ')}
           group by s.id, s.purpose, s.unit_id, s.household_id, s.project_households, s.medium, s.quantity_unit
          having sum(e.amount) <> 0 or count(e.reverses_id) = 0`,
    params,
  };
}

/** Households reached by the grants `g` of standingGrants: one helped twice counts once. */
const HOUSEHOLDS_REACHED = `(count(distinct g.household_id) filter (where g.reversals = 0)
   + coalesce(sum(g.project_households) filter (where g.reversals = 0), 0))::text`;

/** Households reached by the support in scope (see HOUSEHOLDS_REACHED). */
export async function householdsReached(ctx: Context, scope: LedgerScope): Promise<number> {
  const grants = standingGrants(scope);
  const [row] = await ctx.em.execute<{ households: string }[]>(
    `select ${HOUSEHOLDS_REACHED} as households from (${grants.sql}) g`,
    grants.params,
  );
  return Number(row?.households ?? 0);
}

/** Support given in scope, cash and goods at their value, net of reversals. */
export async function supportGiven(ctx: Context, scope: LedgerScope): Promise<bigint> {
  const grants = standingGrants(scope);
  const [row] = await ctx.em.execute<{ amount: string }[]>(
    `select coalesce(sum(g.amount), 0)::text as amount from (${grants.sql}) g`,
    grants.params,
  );
  return BigInt(row?.amount ?? '0');
}

export interface SupportByUnitRow {
  unitId: number;
  unitName: string;
  purpose: string;
  cash: bigint;
  inKindValue: bigint;
  grants: number;
  households: number;
}

/** Support given, by the unit it went to and purpose: nothing personal, for the public. */
export async function supportByUnit(ctx: Context, scope: LedgerScope): Promise<SupportByUnitRow[]> {
  const grants = standingGrants(scope);
  const rows = await ctx.em.execute<
    {
      unit_id: number;
      unit_name: string;
      purpose: string;
      cash: string;
      goods: string;
      grants: string;
      households: string;
    }[]
  >(
    `select u.id as unit_id, u.name as unit_name, g.purpose,
            sum(case when g.medium = 'CASH' then g.amount else 0 end)::text as cash,
            sum(case when g.medium = 'IN_KIND' then g.amount else 0 end)::text as goods,
            (count(*) filter (where g.reversals = 0))::text as grants,
            ${HOUSEHOLDS_REACHED} as households
       from (${grants.sql}) g
       join administrative_unit u on u.id = g.unit_id
      group by u.id, u.name, g.purpose
      order by u.name, g.purpose`,
    grants.params,
  );
  return rows.map((r) => ({
    unitId: Number(r.unit_id),
    unitName: r.unit_name,
    purpose: r.purpose,
    cash: BigInt(r.cash),
    inKindValue: BigInt(r.goods),
    grants: Number(r.grants),
    households: Number(r.households),
  }));
}

/** Support given out, by purpose: cash and goods net of reversals, grants, projects, households reached. */
export async function supportByPurpose(ctx: Context, scope: LedgerScope): Promise<SupportByPurposeRow[]> {
  const grants = standingGrants(scope);
  const rows = await ctx.em.execute<
    { purpose: string; cash: string; goods: string; grants: string; households: string; projects: string }[]
  >(
    `select g.purpose,
            sum(case when g.medium = 'CASH' then g.amount else 0 end)::text as cash,
            sum(case when g.medium = 'IN_KIND' then g.amount else 0 end)::text as goods,
            (count(*) filter (where g.reversals = 0))::text as grants,
            ${HOUSEHOLDS_REACHED} as households,
            (count(*) filter (where g.household_id is null and g.reversals = 0))::text as projects
       from (${grants.sql}) g
      group by g.purpose order by g.purpose`,
    grants.params,
  );
  const goods = await ctx.em.execute<{ purpose: string; unit: string; quantity: string; value: string }[]>(
    `select g.purpose, g.quantity_unit as unit, sum(g.quantity)::text as quantity, sum(g.amount)::text as value
       from (${grants.sql}) g
      where g.medium = 'IN_KIND'
      group by 1, 2 order by 1, 2`,
    grants.params,
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
