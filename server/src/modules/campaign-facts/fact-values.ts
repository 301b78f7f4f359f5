// The facts the product holds about a campaign, summed exactly in SQL (bigint for money), for the
// plans' results and the consistency check of reported figures. Every sum is limited to a set of
// units (a unit's subtree, mergers included) and optionally to a span of days.
import type { Context } from '../../context.js';
import { householdsReached, supportGiven } from '../funds/ledger-aggregates.js';
import { subtreeUnitIds } from '../geography/unit-tree.js';
import { AWARDED } from '../commendations/eligibility.service.js';
import type { RecipientKind } from '../commendations/commendation-enums.js';
import type { SupportPurpose } from '../support/support-purpose.js';

export interface DaySpan {
  from?: string | null;
  to?: string | null;
}

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

export async function unitsUnder(ctx: Context, unitId: number): Promise<number[]> {
  return subtreeUnitIds(ctx.em, unitId);
}

/** Money received for a campaign into the funds of those units, net of reversals: cash and goods apart. */
export async function raisedFor(ctx: Context, campaignId: number, unitIds: number[], span: DaySpan = {}) {
  const params: unknown[] = [campaignId, ...unitIds];
  let days = '';
  if (span.from) {
    days += ' and e.entry_date >= ?';
    params.push(span.from);
  }
  if (span.to) {
    days += ' and e.entry_date <= ?';
    params.push(span.to);
  }
  const rows = await ctx.em.execute<{ medium: string; amount: string }[]>(
    `select e.medium, sum(e.amount)::text as amount
       from ledger_entry e
       left join ledger_entry r on r.id = e.reverses_id
       join fund f on f.id = e.fund_id
      where e.campaign_id = ? and coalesce(r.kind, e.kind) = 'RECEIPT'
        and f.unit_id in (${placeholders(unitIds)})${days}
      group by e.medium`,
    params,
  );
  const sum = (medium: string) => BigInt(rows.find((r) => r.medium === medium)?.amount ?? '0');
  return { cash: sum('CASH'), inKindValue: sum('IN_KIND') };
}

/**
 * Support given for a campaign to those units (optionally of one purpose), net of reversals: the
 * amount (cash and goods at their value) and the households reached — counted as every support
 * aggregate counts them (funds/ledger-aggregates.ts).
 */
export async function supportFor(ctx: Context, campaignId: number, unitIds: number[], purpose?: SupportPurpose | null) {
  const scope = { campaignIds: [campaignId], supportUnitIds: unitIds, purpose };
  return { amount: await supportGiven(ctx, scope), households: await householdsReached(ctx, scope) };
}

/** Commendations decided for a campaign to recipients in those units, optionally of one form and recipient kind. */
export async function commendationsFor(
  ctx: Context,
  campaignId: number,
  unitIds: number[],
  formCode?: string | null,
  recipientKind?: RecipientKind | null,
): Promise<number> {
  const params: unknown[] = [campaignId, ...AWARDED, ...unitIds];
  let only = '';
  if (formCode) {
    only += ' and f.code = ?';
    params.push(formCode.trim().toUpperCase());
  }
  if (recipientKind) {
    only += ' and r.kind = ?';
    params.push(recipientKind);
  }
  const [row] = await ctx.em.execute<{ count: string }[]>(
    `select count(*)::text as count
       from nomination n
       join commendation_form f on f.id = n.form_id
       join commendation_recipient r on r.id = n.recipient_id
      where n.campaign_id = ? and n.status in (${placeholders(AWARDED)})
        and r.unit_id in (${placeholders(unitIds)})${only}`,
    params,
  );
  return Number(row?.count ?? 0);
}
