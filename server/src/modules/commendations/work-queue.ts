import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { mergedUnitIds, subtreeUnitIds } from '../geography/unit-tree.js';
import { requireCaller } from '../users/access.js';
import { Role } from '../users/role.js';
import { authorityUnitLevel, ConferringAuthority, NominationStatus } from './commendation-enums.js';
import type { Nomination } from './nomination.entity.js';

const S = NominationStatus;

/**
 * "What waits for me": the nominations whose next step is the caller's board's to take, as
 * nomination-workflow.service.ts allows the steps. The board of the proposing unit submits drafts
 * and returned ones, reviews and forwards what others submitted, confers what was decided; the
 * board at exactly the form's level over the conferring unit decides (or turns down) what was
 * forwarded, unless they submitted it; the conferring unit's board publishes what was conferred.
 * A board above may also act on a lower unit's file, but that file waits for the lower board, so
 * the queue holds the caller's own units' work (with the units merged into them). One SQL
 * condition, so a queue of any length pages like any list.
 */
export async function awaitingCaller(ctx: Context): Promise<FilterQuery<Nomination>> {
  const caller = requireCaller(ctx);
  const grants = caller.grants.filter((g) => g.role === Role.EMULATION_OFFICER);
  if (!grants.length) return { id: 0 };
  const notMine: FilterQuery<Nomination> = { $or: [{ submittedBy: null }, { submittedBy: { $ne: caller.user.id } }] };
  const branches: FilterQuery<Nomination>[] = [];
  for (const grant of grants) {
    const own = await mergedUnitIds(ctx.em, grant.unitId);
    branches.push(
      { proposingUnit: { $in: own }, status: { $in: [S.DRAFT, S.RETURNED, S.DECIDED] } },
      { proposingUnit: { $in: own }, status: { $in: [S.SUBMITTED, S.REVIEWED] }, ...notMine },
      { conferringUnit: { $in: own }, status: S.CONFERRED },
    );
    const unit = await ctx.loaders.unit.load(grant.unitId);
    const authorities = Object.values(ConferringAuthority).filter((a) => authorityUnitLevel[a] === unit?.level);
    if (!unit || !authorities.length) continue;
    branches.push({
      status: S.FORWARDED,
      conferringUnit: { $in: await subtreeUnitIds(ctx.em, unit.id) },
      form: { authority: { $in: authorities } },
      ...notMine,
    });
  }
  return { $or: branches };
}
