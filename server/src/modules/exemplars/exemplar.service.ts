import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, notFound, type Localized } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { matchesSearch, nfc } from '../../common/search-text.js';
import { assertMayChangeFact, factUnit, requireFactCampaign } from '../campaign-facts/campaign-fact-scope.js';
import { unitsUnder } from '../campaign-facts/fact-values.js';
import { Exemplar } from './exemplar.entity.js';
import type { ExemplarKind } from './exemplar-kind.js';
import type { CreateExemplarInput, ExemplarFilter, UpdateExemplarInput } from './exemplar.inputs.js';

export const EXEMPLAR: Localized = { vi: 'điển hình', en: 'exemplar' };

const text = (value: string | null | undefined) => (value?.trim() ? nfc(value.trim()) : null);

/** Replication details belong to what was replicated: a count or places without it is a slip. */
function assertCoherent(exemplar: Exemplar) {
  if (!exemplar.replicated && (exemplar.replicationCount != null || exemplar.replicatedWhere)) {
    throw badInput('replicated', {
      vi: 'Chỉ ghi số lần và nơi nhân rộng khi điển hình đã được nhân rộng',
      en: 'Replication count and places need replicated: true',
    });
  }
}

async function where(ctx: Context, filter: ExemplarFilter | null | undefined) {
  const all: FilterQuery<Exemplar>[] = [];
  if (filter?.q?.trim()) all.push(matchesSearch(filter.q));
  if (filter?.campaignId) all.push({ campaign: lookupId(filter.campaignId) ?? 0 });
  if (filter?.unitId) {
    const unit = lookupId(filter.unitId);
    all.push({ unit: { $in: unit ? await unitsUnder(ctx, unit) : [] } });
  }
  if (filter?.kind) all.push({ kind: filter.kind });
  if (filter?.replicated != null) all.push({ replicated: filter.replicated });
  return { $and: all } as FilterQuery<Exemplar>;
}

export async function listExemplars(
  ctx: Context,
  filter: ExemplarFilter | null | undefined,
  page: PageArgs,
): Promise<Page<Exemplar>> {
  return findPage(ctx.em, Exemplar, await where(ctx, filter), { kind: 'asc', name: 'asc', id: 'asc' }, page);
}

/** A campaign's exemplars (for a report), in a unit and under it, optionally of one kind. */
export async function exemplarsOf(
  ctx: Context,
  campaignId: string,
  scope: { unitId?: string | null; kind?: ExemplarKind | null } = {},
): Promise<Exemplar[]> {
  return ctx.em.find(Exemplar, await where(ctx, { campaignId, ...scope }), {
    orderBy: { kind: 'asc', name: 'asc', id: 'asc' },
  });
}

export async function findExemplar(ctx: Context, id: string): Promise<Exemplar | null> {
  const rowId = lookupId(id);
  return rowId ? ctx.em.findOne(Exemplar, { id: rowId }) : null;
}

export async function createExemplar(ctx: Context, input: CreateExemplarInput): Promise<Exemplar> {
  const campaign = await requireFactCampaign(ctx, input.campaignId);
  const unit = await factUnit(ctx, campaign, input.unitId);
  const exemplar = ctx.em.create(Exemplar, {
    campaign,
    unit,
    kind: input.kind,
    name: nfc(input.name),
    description: text(input.description),
    place: text(input.place),
    year: input.year ?? null,
    replicated: input.replicated,
    replicationCount: input.replicationCount ?? null,
    replicatedWhere: text(input.replicatedWhere),
  } as never);
  assertCoherent(exemplar);
  await ctx.em.flush();
  return exemplar;
}

async function requireExemplar(ctx: Context, id: string): Promise<Exemplar> {
  const exemplar = await findExemplar(ctx, id);
  if (!exemplar) throw notFound(EXEMPLAR, id, 'id');
  await assertMayChangeFact(ctx, (await ctx.loaders.unit.load(exemplar.unit.id))!);
  return exemplar;
}

export async function updateExemplar(ctx: Context, input: UpdateExemplarInput): Promise<Exemplar> {
  const exemplar = await requireExemplar(ctx, input.id);
  if (input.unitId) {
    exemplar.unit = await factUnit(ctx, (await ctx.loaders.campaign.load(exemplar.campaign.id))!, input.unitId);
  }
  if (input.kind) exemplar.kind = input.kind;
  if (input.name != null) exemplar.name = nfc(input.name);
  if (input.description !== undefined) exemplar.description = text(input.description);
  if (input.place !== undefined) exemplar.place = text(input.place);
  if (input.year !== undefined) exemplar.year = input.year;
  if (input.replicated != null) {
    exemplar.replicated = input.replicated;
    if (!input.replicated) {
      exemplar.replicationCount = null;
      exemplar.replicatedWhere = null;
    }
  }
  if (input.replicationCount !== undefined) exemplar.replicationCount = input.replicationCount;
  if (input.replicatedWhere !== undefined) exemplar.replicatedWhere = text(input.replicatedWhere);
  assertCoherent(exemplar);
  await ctx.em.flush();
  return exemplar;
}

export async function deleteExemplar(ctx: Context, id: string): Promise<string> {
  const exemplar = await requireExemplar(ctx, id);
  ctx.em.remove(exemplar);
  await ctx.em.flush();
  return id;
}
