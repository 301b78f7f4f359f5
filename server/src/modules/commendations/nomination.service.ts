import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, conflict } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId } from '../../common/ids.js';
import { assertVersion } from '../../common/optimistic-lock.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { nfc, searchPatterns } from '../../common/search-text.js';
import { findCampaign } from '../campaigns/campaign.service.js';
import type { Campaign } from '../campaigns/campaign.entity.js';
import { requireUnit } from '../geography/administrative-unit.service.js';
import { requireOrganization, withinUnit } from '../organizations/organization.service.js';
import { assertCan, EMULATION_BOARD, NOMINATION_READERS, requireCaller, scopeUnitIds } from '../users/access.js';
import { User } from '../users/user.entity.js';
import { NominationStatus, type RecipientKind } from './commendation-enums.js';
import type { CommendationForm } from './commendation-form.entity.js';
import { requireForm } from './commendation-form.service.js';
import { createRecipient, requireRecipient } from './recipient.service.js';
import { checkEligibility, type EligibilitySubject, type RuleCheck } from './eligibility.service.js';
import { assertBoardOf, conferringUnitFor, requireNomination, statusNames } from './nomination-access.js';
import { Nomination, NominationTransition } from './nomination.entity.js';
import { awaitingCaller } from './work-queue.js';
import type {
  CreateNominationInput,
  EligibilityCheckInput,
  NominationFilter,
  UpdateNominationInput,
} from './nomination.inputs.js';

function assertFormFits(form: CommendationForm, kind: RecipientKind) {
  if (!form.active) {
    throw badInput('formId', {
      vi: `${form.name} không còn nhận hồ sơ đề nghị mới`,
      en: `${form.code} takes no new nominations`,
    });
  }
  if (!form.recipientKinds.includes(kind)) {
    throw badInput('formId', {
      vi: `${form.name} không tặng cho đối tượng loại này`,
      en: `${form.code} is not awarded to a recipient of kind ${kind}`,
    });
  }
}

async function optionalCampaign(ctx: Context, id: string | null | undefined): Promise<Campaign | null> {
  if (!id) return null;
  const campaign = await findCampaign(ctx, id);
  if (!campaign) throw badInput('campaignId', { vi: `Không có phong trào ${id}`, en: `There is no campaign ${id}` });
  return campaign;
}

/** Records a step of the nomination's way, with who took it and why. */
export function recordTransition(
  ctx: Context,
  nomination: Nomination,
  from: NominationStatus | null,
  note?: string | null,
): void {
  const user = ctx.caller?.user ?? null;
  ctx.em.create(NominationTransition, {
    nomination,
    fromStatus: from,
    toStatus: nomination.status,
    actor: user ? ctx.em.getReference(User, user.id) : null,
    actorLabel: user?.email ?? 'system',
    note: note ?? null,
  } as never);
}

export async function createNomination(ctx: Context, input: CreateNominationInput): Promise<Nomination> {
  const proposingUnit = await requireUnit(ctx, input.proposingUnitId, 'proposingUnitId');
  await assertCan(ctx, EMULATION_BOARD, proposingUnit.id, proposingUnit.name);
  const form = await requireForm(ctx, input.formId, 'formId');
  if (!!input.recipientId === !!input.recipient) {
    throw badInput('recipientId', {
      vi: 'Chọn một đối tượng đã có (recipientId) hoặc nhập đối tượng mới (recipient), không cả hai',
      en: 'Give either an existing recipient (recipientId) or a new one (recipient), not both',
    });
  }
  const recipient = input.recipientId
    ? await requireRecipient(ctx, input.recipientId, 'recipientId')
    : await createRecipient(ctx, input.recipient!);
  assertFormFits(form, recipient.kind);
  const nomination = ctx.em.create(Nomination, {
    form,
    recipient,
    campaign: await optionalCampaign(ctx, input.campaignId),
    proposingUnit,
    proposingOrganization: input.proposingOrganizationId
      ? await requireOrganization(ctx, input.proposingOrganizationId, 'proposingOrganizationId')
      : null,
    conferringUnit: await conferringUnitFor(ctx, proposingUnit, form),
    proposedOn: input.proposedOn,
    achievement: nfc(input.achievement),
    excellentYears: [...new Set(input.excellentYears)].sort((a, b) => a - b),
    fundsMobilized: input.fundsMobilized ?? null,
    housesBuilt: input.housesBuilt ?? null,
    householdsLiftedOut: input.householdsLiftedOut ?? null,
    attachments: input.attachments.map(plainAttachment),
    status: NominationStatus.DRAFT,
  } as never);
  recordTransition(ctx, nomination, null);
  await ctx.em.flush();
  return nomination;
}

function plainAttachment(a: CreateNominationInput['attachments'][number]) {
  return {
    name: nfc(a.name),
    reference: a.reference.trim(),
    mediaType: a.mediaType ?? null,
    sizeBytes: a.sizeBytes ?? null,
  };
}

const EDITABLE = [NominationStatus.DRAFT, NominationStatus.RETURNED];

export async function updateNomination(ctx: Context, input: UpdateNominationInput): Promise<Nomination> {
  const nomination = await requireNomination(ctx, input.id);
  await assertBoardOf(ctx, nomination);
  assertStatus(nomination, EDITABLE);
  assertVersion(nomination, input.version);
  if (input.formId && Number(input.formId) !== nomination.form.id) {
    const form = await requireForm(ctx, input.formId, 'formId');
    assertFormFits(form, nomination.recipient.kind);
    nomination.form = form;
    const proposingUnit = (await ctx.loaders.unit.load(nomination.proposingUnit.id))!;
    nomination.conferringUnit = await conferringUnitFor(ctx, proposingUnit, form);
  }
  if (input.campaignId !== undefined) nomination.campaign = await optionalCampaign(ctx, input.campaignId);
  if (input.proposedOn) nomination.proposedOn = input.proposedOn;
  if (input.achievement != null) nomination.achievement = nfc(input.achievement);
  if (input.excellentYears) nomination.excellentYears = [...new Set(input.excellentYears)].sort((a, b) => a - b);
  if (input.fundsMobilized !== undefined) nomination.fundsMobilized = input.fundsMobilized;
  if (input.housesBuilt !== undefined) nomination.housesBuilt = input.housesBuilt;
  if (input.householdsLiftedOut !== undefined) nomination.householdsLiftedOut = input.householdsLiftedOut;
  if (input.attachments) nomination.attachments = input.attachments.map(plainAttachment);
  await ctx.em.flush();
  return nomination;
}

/** Refuses a step from a status it does not start from, saying where the nomination stands. */
export function assertStatus(nomination: Nomination, allowed: NominationStatus[]): void {
  if (allowed.includes(nomination.status)) return;
  const now = statusNames[nomination.status];
  const wanted = allowed.map((s) => statusNames[s]);
  throw conflict('id', {
    vi: `Hồ sơ số ${nomination.id} đang ở trạng thái "${now.vi}"; bước này chỉ làm được khi hồ sơ ${wanted.map((w) => `"${w.vi}"`).join(' hoặc ')}`,
    en: `Nomination ${nomination.id} is ${now.en}; this step needs it ${wanted.map((w) => w.en).join(' or ')}`,
  });
}

export async function listNominations(
  ctx: Context,
  filter: NominationFilter | null | undefined,
  page: PageArgs,
): Promise<Page<Nomination>> {
  const where: FilterQuery<Nomination>[] = [{ proposingUnit: { $in: await scopeUnitIds(ctx, NOMINATION_READERS) } }];
  if (filter?.q?.trim()) {
    where.push({
      $and: searchPatterns(filter.q).map((pattern) => ({ recipient: { searchText: { $like: pattern } } })),
    });
  }
  if (filter?.status?.length) where.push({ status: { $in: filter.status } });
  if (filter?.formId) where.push({ form: lookupId(filter.formId) ?? 0 });
  if (filter?.campaignId) where.push({ campaign: lookupId(filter.campaignId) ?? 0 });
  if (filter?.recipientId) where.push({ recipient: lookupId(filter.recipientId) ?? 0 });
  if (filter?.proposingUnitId) where.push({ proposingUnit: await withinUnit(ctx, filter.proposingUnitId) });
  if (filter?.awaitingMe) where.push(await awaitingCaller(ctx));
  return findPage(ctx.em, Nomination, { $and: where }, { proposedOn: 'desc', id: 'desc' }, page);
}

export function subjectOf(nomination: Nomination): EligibilitySubject {
  return {
    form: nomination.form,
    recipient: nomination.recipient,
    recipientKind: nomination.recipient.kind,
    campaignId: nomination.campaign?.id ?? null,
    proposedOn: nomination.proposedOn,
    excellentYears: nomination.excellentYears,
    nominationId: nomination.id,
  };
}

export async function nominationEligibility(ctx: Context, nomination: Nomination): Promise<RuleCheck[]> {
  // Through the loaders: the nomination may come from a mutation's (finished) transaction.
  const form = (await ctx.loaders.commendationForm.load(nomination.form.id))!;
  const recipient = (await ctx.loaders.commendationRecipient.load(nomination.recipient.id))!;
  return checkEligibility(ctx, { ...subjectOf(nomination), form, recipient, recipientKind: recipient.kind });
}

/** Eligibility before a nomination exists: what the nomination form shows as the officer types. */
export async function eligibilityFor(ctx: Context, input: EligibilityCheckInput): Promise<RuleCheck[]> {
  requireCaller(ctx);
  const form = await requireForm(ctx, input.formId, 'formId');
  const recipient = input.recipientId ? await requireRecipient(ctx, input.recipientId, 'recipientId') : null;
  const kind = recipient?.kind ?? input.recipientKind;
  if (!kind) {
    throw badInput('recipientKind', {
      vi: 'Cần chọn đối tượng hoặc loại đối tượng',
      en: 'Give a recipient or a recipient kind',
    });
  }
  return checkEligibility(ctx, {
    form,
    recipient,
    recipientKind: kind,
    campaignId: input.campaignId ? (lookupId(input.campaignId) ?? 0) : null,
    proposedOn: input.proposedOn,
    excellentYears: input.excellentYears,
  });
}
