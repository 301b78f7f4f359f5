import type { Context } from '../../context.js';
import { badInput, notFound } from '../../common/errors.js';
import { lookupId } from '../../common/ids.js';
import { NominationStatus } from './commendation-enums.js';
import { findNomination, NOMINATION } from './nomination-access.js';
import { Nomination } from './nomination.entity.js';

/**
 * The commendation whose certificate the caller may print: any nomination they may read, or —
 * for anyone, logged in or not — a published one, as the public registry shows it. Out of reach
 * is "not found"; one not yet conferred has no certificate to print.
 */
export async function certifiableCommendation(ctx: Context, id: string): Promise<Nomination> {
  const rowId = lookupId(id);
  const nomination =
    (await findNomination(ctx, id)) ??
    (rowId ? await ctx.em.findOne(Nomination, { id: rowId, status: NominationStatus.PUBLISHED }) : null);
  if (!nomination) throw notFound(NOMINATION, id, 'nominationId');
  const awarded = [NominationStatus.CONFERRED, NominationStatus.PUBLISHED].includes(nomination.status);
  if (!awarded || !nomination.decision) {
    throw badInput('nominationId', {
      vi: 'Chỉ in được bằng của khen thưởng đã trao tặng.',
      en: 'Only a conferred commendation has a certificate to print.',
    });
  }
  return nomination;
}
