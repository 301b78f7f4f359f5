import type { Context } from '../../context.js';
import type { Em } from '../../db/orm.js';
import { badInput } from '../../common/errors.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import type { Fund } from './fund.entity.js';
import { LedgerEntry } from './ledger-entry.entity.js';
import { LedgerEntryKind, Medium } from './ledger-enums.js';

export interface NewEntry {
  fund: Fund;
  kind: LedgerEntryKind;
  medium: Medium;
  amount: bigint;
  quantity?: string | null;
  quantityUnit?: string | null;
  entryDate: string;
  campaign?: Campaign | null;
  documentRef?: string | null;
  description?: string | null;
  reverses?: LedgerEntry | null;
  counterpart?: LedgerEntry | null;
}

/**
 * Locks the funds' rows in id order until the transaction ends, so postings to one fund queue up
 * (on PostgreSQL; PGlite has one connection anyway) and balances are checked against committed
 * truth, never against a concurrent half-posting.
 */
export async function lockFunds(em: Em, fundIds: number[]): Promise<void> {
  const ids = [...new Set(fundIds)].sort((a, b) => a - b);
  await em.execute(`select id from fund where id in (${ids.map(() => '?').join(',')}) order by id for update`, ids);
}

/** The fund's cash balance: the sum of its cash entries. Nothing else holds it. */
export async function cashBalance(em: Em, fundId: number): Promise<bigint> {
  const [row] = await em.execute<{ total: string | null }[]>(
    `select coalesce(sum(amount), 0)::text as total from ledger_entry where fund_id = ? and medium = 'CASH'`,
    [fundId],
  );
  return BigInt(row?.total ?? '0');
}

/** Goods of one kind the fund holds: received less given out. */
async function goodsOnHand(em: Em, fundId: number, unit: string): Promise<number> {
  const [row] = await em.execute<{ total: string | null }[]>(
    `select coalesce(sum(quantity), 0)::text as total from ledger_entry where fund_id = ? and medium = 'IN_KIND' and quantity_unit = ?`,
    [fundId, unit],
  );
  return Number(row?.total ?? '0');
}

const formatVnd = (value: bigint) => `${value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;

/**
 * Posts entries atomically within the caller's transaction: no fund's cash may go below zero,
 * and no goods can be given out that the fund does not hold.
 */
export async function postEntries(ctx: Context, entries: NewEntry[], field = 'amount'): Promise<LedgerEntry[]> {
  await lockFunds(
    ctx.em,
    entries.map((e) => e.fund.id),
  );
  const posted = entries.map((entry) =>
    ctx.em.create(LedgerEntry, { ...entry, postedByUserId: ctx.caller?.user.id ?? null } as never),
  );
  await ctx.em.flush();
  for (const fund of new Map(entries.map((e) => [e.fund.id, e.fund])).values()) {
    const balance = await cashBalance(ctx.em, fund.id);
    if (balance < 0n) {
      throw badInput(field, {
        vi: `Số dư tiền mặt của ${fund.name} không đủ: sẽ còn ${formatVnd(balance)}`,
        en: `Not enough cash in ${fund.name}: the balance would be ${formatVnd(balance)}`,
      });
    }
  }
  for (const entry of entries.filter(
    (e) => e.medium === Medium.IN_KIND && e.quantityUnit && e.quantity?.startsWith('-'),
  )) {
    if ((await goodsOnHand(ctx.em, entry.fund.id, entry.quantityUnit!)) < 0) {
      throw badInput('quantity', {
        vi: `${entry.fund.name} không còn đủ "${entry.quantityUnit}"`,
        en: `${entry.fund.name} does not hold enough "${entry.quantityUnit}"`,
      });
    }
  }
  return posted;
}
