import type { Context } from '../../context.js';
import { badInput, notFound, type Localized } from '../../common/errors.js';
import { lookupId } from '../../common/ids.js';
import type { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { ancestorUnitIds, subtreeUnitIds } from '../geography/unit-tree.js';
import { assertCan, EMULATION_BOARD, forbidden, holdsOn, NOMINATION_READERS, requireCaller } from '../users/access.js';
import { Role } from '../users/role.js';
import { authorityUnitLevel, NominationStatus } from './commendation-enums.js';
import type { CommendationForm } from './commendation-form.entity.js';
import { Nomination } from './nomination.entity.js';

export const NOMINATION: Localized = { vi: 'hồ sơ đề nghị khen thưởng', en: 'nomination' };

export const statusNames: Record<NominationStatus, Localized> = {
  DRAFT: { vi: 'dự thảo', en: 'draft' },
  SUBMITTED: { vi: 'đã trình', en: 'submitted' },
  REVIEWED: { vi: 'hội đồng đã xét', en: 'reviewed' },
  FORWARDED: { vi: 'đã chuyển cấp có thẩm quyền', en: 'forwarded' },
  DECIDED: { vi: 'đã có quyết định', en: 'decided' },
  REJECTED: { vi: 'bị từ chối', en: 'rejected' },
  RETURNED: { vi: 'bị trả lại', en: 'returned' },
  CONFERRED: { vi: 'đã trao tặng', en: 'conferred' },
  PUBLISHED: { vi: 'đã công bố', en: 'published' },
};

/** A nomination the caller may see (boards, auditors, administrators over its proposing unit), or null. */
export async function findNomination(ctx: Context, id: string): Promise<Nomination | null> {
  const rowId = lookupId(id);
  const nomination = rowId
    ? await ctx.em.findOne(Nomination, { id: rowId }, { populate: ['form', 'recipient', 'campaign'] })
    : null;
  return nomination && (await holdsOn(ctx, NOMINATION_READERS, nomination.proposingUnit.id)) ? nomination : null;
}

/** Like findNomination; out of scope is "not found", so nothing about the record leaks. */
export async function requireNomination(ctx: Context, id: string, field = 'id'): Promise<Nomination> {
  const nomination = await findNomination(ctx, id);
  if (!nomination) throw notFound(NOMINATION, id, field);
  return nomination;
}

/** The emulation board of the proposing unit (or a unit above it) prepares and moves the file. */
export function assertBoardOf(ctx: Context, nomination: Nomination): Promise<void> {
  return assertCan(ctx, EMULATION_BOARD, nomination.proposingUnit.id);
}

/** Whoever submitted a nomination may not approve, forward or decide it. */
export function assertNotSubmitter(ctx: Context, nomination: Nomination): void {
  if (nomination.submittedBy && nomination.submittedBy.id === requireCaller(ctx).user.id) {
    throw forbidden({
      vi: `Bạn đã trình hồ sơ số ${nomination.id}: người trình không được tự xét duyệt hồ sơ của mình`,
      en: `You submitted nomination ${nomination.id}: a submitter cannot approve their own nomination`,
    });
  }
}

/**
 * Only the conferring level decides: the caller needs an emulation-board grant on a unit at exactly
 * the form's level that covers the conferring unit (a province's board decides for the provinces
 * merged into it in 2025). A national board does not decide a province's awards, nor a district's
 * board a province's.
 */
export async function decidesFor(ctx: Context, form: CommendationForm, conferringUnitId: number): Promise<boolean> {
  const level = authorityUnitLevel[form.authority];
  for (const grant of requireCaller(ctx).grants.filter((g) => g.role === Role.EMULATION_OFFICER)) {
    const unit = await ctx.loaders.unit.load(grant.unitId);
    if (unit?.level === level && (await subtreeUnitIds(ctx.em, unit.id)).includes(conferringUnitId)) return true;
  }
  return false;
}

export async function assertDecidingLevel(ctx: Context, nomination: Nomination): Promise<void> {
  if (await decidesFor(ctx, nomination.form, nomination.conferringUnit.id)) return;
  const unit = await ctx.loaders.unit.load(nomination.conferringUnit.id);
  throw forbidden({
    vi: `Chỉ Ban Thi đua – Khen thưởng của cấp có thẩm quyền (${unit?.name ?? ''}) mới quyết định hồ sơ số ${nomination.id} (${nomination.form.name})`,
    en: `Only the emulation board of the conferring level (${unit?.name ?? ''}) decides nomination ${nomination.id} (${nomination.form.code})`,
  });
}

/** The proposing unit's ancestor at the form's level: whose authority decides. */
export async function conferringUnitFor(
  ctx: Context,
  proposingUnit: AdministrativeUnit,
  form: CommendationForm,
): Promise<AdministrativeUnit> {
  const level = authorityUnitLevel[form.authority];
  const chain = await ctx.loaders.unit.loadMany(await ancestorUnitIds(ctx.em, proposingUnit.id));
  const unit = chain.find((u): u is AdministrativeUnit => !!u && !(u instanceof Error) && u.level === level);
  if (!unit) {
    throw badInput('proposingUnitId', {
      vi: `${proposingUnit.name} không thuộc cấp nào có thẩm quyền tặng ${form.name}`,
      en: `${proposingUnit.name} lies under no ${level.toLowerCase()}-level authority for ${form.code}`,
    });
  }
  return unit;
}
