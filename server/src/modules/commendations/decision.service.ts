import type { Context } from '../../context.js';
import { conflict, UserError, type FieldProblem } from '../../common/errors.js';
import { lookupId } from '../../common/ids.js';
import type { PageArgs } from '../../common/pagination.js';
import { nfc } from '../../common/search-text.js';
import { NominationStatus } from './commendation-enums.js';
import { CommendationDecision } from './commendation-decision.entity.js';
import { assertDecidingLevel, assertNotSubmitter, requireNomination, statusNames } from './nomination-access.js';
import type { Nomination } from './nomination.entity.js';
import type { RecordCommendationDecisionInput } from './nomination.inputs.js';
import { recordTransition } from './nomination.service.js';
import { listCommendations } from './registry.service.js';

/** A decision, when the caller may see at least one commendation it awarded (the public: a published one). */
export async function findDecision(ctx: Context, id: string): Promise<CommendationDecision | null> {
  const rowId = lookupId(id);
  const decision = rowId ? await ctx.loaders.commendationDecision.load(rowId) : null;
  if (!decision) return null;
  const visible = await listCommendations(ctx, { decisionId: String(decision.id) }, {
    offset: 0,
    limit: 1,
  } as PageArgs);
  return visible.totalCount > 0 ? decision : null;
}

/**
 * Records one decision of a conferring authority and moves every nomination it covers from
 * FORWARDED to DECIDED: all of them or none. Each problem names its nomination (field
 * `nominationIds.<index>`), and all of them are reported at once so a batch can be fixed in one go.
 */
export async function recordCommendationDecision(
  ctx: Context,
  input: RecordCommendationDecisionInput,
): Promise<CommendationDecision> {
  const ids = [...new Set(input.nominationIds)];
  const nominations: Nomination[] = [];
  for (const [index, id] of ids.entries()) nominations.push(await requireNomination(ctx, id, `nominationIds.${index}`));

  // Permission first, per nomination: only the conferring level decides, never the submitter.
  for (const nomination of nominations) {
    await assertDecidingLevel(ctx, nomination);
    assertNotSubmitter(ctx, nomination);
  }

  const [first] = nominations;
  const problems: FieldProblem[] = [];
  let stale = false;
  nominations.forEach((n, index) => {
    const field = `nominationIds.${index}`;
    const who = `${n.id} (${n.recipient.name})`;
    if (n.status !== NominationStatus.FORWARDED) {
      stale = true;
      problems.push({
        field,
        message: {
          vi: `Hồ sơ số ${who} đang ở trạng thái "${statusNames[n.status].vi}", chưa được chuyển cấp có thẩm quyền`,
          en: `Nomination ${who} is ${statusNames[n.status].en}, not forwarded`,
        },
      });
    }
    if (n.conferringUnit.id !== first!.conferringUnit.id || n.form.authority !== first!.form.authority) {
      problems.push({
        field,
        message: {
          vi: `Hồ sơ số ${who} thuộc thẩm quyền của cấp khác với hồ sơ số ${first!.id}; mỗi quyết định chỉ của một cấp`,
          en: `Nomination ${who} belongs to another authority than nomination ${first!.id}; one decision, one authority`,
        },
      });
    }
    if (input.decidedOn < n.proposedOn) {
      problems.push({
        field,
        message: {
          vi: `Quyết định không thể ký trước ngày đề nghị của hồ sơ số ${who}`,
          en: `The decision cannot predate the proposal of nomination ${who}`,
        },
      });
    }
  });
  if (problems.length) {
    const summary = {
      vi: `Không ghi được quyết định, không hồ sơ nào được chuyển trạng thái: ${problems.map((p) => p.message.vi).join('; ')}`,
      en: `The decision was not recorded and no nomination moved: ${problems.map((p) => p.message.en).join('; ')}`,
    };
    throw new UserError(stale ? 'CONFLICT' : 'BAD_USER_INPUT', summary, problems);
  }

  const number = nfc(input.number);
  if (await ctx.em.findOne(CommendationDecision, { unit: first!.conferringUnit.id, number })) {
    throw conflict('number', {
      vi: `Quyết định số ${number} của cấp này đã được ghi`,
      en: `Decision ${number} of this authority is already recorded`,
    });
  }
  const decision = ctx.em.create(CommendationDecision, {
    number,
    decidedOn: input.decidedOn,
    signerName: nfc(input.signerName),
    signerTitle: input.signerTitle ? nfc(input.signerTitle) : null,
    authority: first!.form.authority,
    unit: first!.conferringUnit,
  } as never);
  for (const nomination of nominations) {
    nomination.decision = decision;
    nomination.status = NominationStatus.DECIDED;
    recordTransition(ctx, nomination, NominationStatus.FORWARDED, `Quyết định số ${number}`);
  }
  await ctx.em.flush();
  return decision;
}
