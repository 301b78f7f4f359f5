import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, notFound } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId, parseId } from '../../common/ids.js';
import { assertVersion } from '../../common/optimistic-lock.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { matchesSearch, nfc } from '../../common/search-text.js';
import { requireUnit } from '../geography/administrative-unit.service.js';
import { requireOrganization, withinUnit } from '../organizations/organization.service.js';
import { assertCan, EMULATION_BOARD, holdsOn, NOMINATION_READERS, scopeUnitIds } from '../users/access.js';
import { CommendationRecipient } from './commendation-recipient.entity.js';
import type { NewRecipientInput, UpdateCommendationRecipientInput } from './nomination.inputs.js';
import type { CommendationRecipientFilter } from './registry.inputs.js';

const RECIPIENT = { vi: 'đối tượng khen thưởng', en: 'recipient' };

/** A recipient the caller may see: its unit lies in the scope of a nomination reader. */
export async function findRecipient(ctx: Context, id: string): Promise<CommendationRecipient | null> {
  const rowId = lookupId(id);
  const recipient = rowId ? await ctx.loaders.commendationRecipient.load(rowId) : null;
  return recipient && (await holdsOn(ctx, NOMINATION_READERS, recipient.unit.id)) ? recipient : null;
}

export async function listRecipients(
  ctx: Context,
  filter: CommendationRecipientFilter | null | undefined,
  page: PageArgs,
): Promise<Page<CommendationRecipient>> {
  const where: FilterQuery<CommendationRecipient>[] = [{ unit: { $in: await scopeUnitIds(ctx, NOMINATION_READERS) } }];
  if (filter?.q?.trim()) where.push(matchesSearch(filter.q));
  if (filter?.kind) where.push({ kind: filter.kind });
  if (filter?.unitId) where.push({ unit: await withinUnit(ctx, filter.unitId) });
  return findPage(ctx.em, CommendationRecipient, { $and: where }, { name: 'asc', id: 'asc' }, page);
}

export async function requireRecipient(ctx: Context, id: string, field: string): Promise<CommendationRecipient> {
  parseId(id, field, RECIPIENT);
  const recipient = await findRecipient(ctx, id);
  if (!recipient) throw badInput(field, { vi: `Không có đối tượng ${id}`, en: `There is no recipient ${id}` });
  return recipient;
}

export async function createRecipient(ctx: Context, input: NewRecipientInput): Promise<CommendationRecipient> {
  const unit = await requireUnit(ctx, input.unitId, 'recipient.unitId');
  await assertCan(ctx, EMULATION_BOARD, unit.id, unit.name);
  return ctx.em.create(CommendationRecipient, {
    kind: input.kind,
    name: nfc(input.name),
    title: input.title ? nfc(input.title) : null,
    unit,
    organization: input.organizationId
      ? await requireOrganization(ctx, input.organizationId, 'recipient.organizationId')
      : null,
    address: input.address ? nfc(input.address) : null,
    disciplineUntil: null,
  } as never);
}

export async function updateRecipient(
  ctx: Context,
  input: UpdateCommendationRecipientInput,
): Promise<CommendationRecipient> {
  const recipient = await findRecipient(ctx, input.id);
  if (!recipient) throw notFound(RECIPIENT, input.id, 'id');
  await assertCan(ctx, EMULATION_BOARD, recipient.unit.id);
  assertVersion(recipient, input.version);
  if (input.name != null) recipient.name = nfc(input.name);
  if (input.title !== undefined) recipient.title = input.title ? nfc(input.title) : null;
  if (input.address !== undefined) recipient.address = input.address ? nfc(input.address) : null;
  if (input.disciplineUntil !== undefined) recipient.disciplineUntil = input.disciplineUntil;
  await ctx.em.flush();
  return recipient;
}
