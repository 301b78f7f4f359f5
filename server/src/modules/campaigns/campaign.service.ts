import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { assertOrderedDates } from '../../common/date-range.js';
import { badInput, conflict, notFound, type Localized } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId, parseId } from '../../common/ids.js';
import { toOrderBy } from '../../common/order.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { nfc, matchesSearch } from '../../common/search-text.js';
import { requireUnit } from '../geography/administrative-unit.service.js';
import { subtreeUnitIds } from '../geography/unit-tree.js';
import { requireOrganization, withinUnit } from '../organizations/organization.service.js';
import { Campaign } from './campaign.entity.js';
import { assertVersion } from '../../common/optimistic-lock.js';
import { assertCan, WRITERS } from '../users/access.js';
import type { CampaignFilter, CampaignOrder, CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs.js';

export const CAMPAIGN: Localized = { vi: 'phong trào / cuộc vận động', en: 'campaign' };

export async function findCampaign(ctx: Context, id: string): Promise<Campaign | null> {
  const rowId = lookupId(id);
  return rowId ? ctx.loaders.campaign.load(rowId) : null;
}

export async function findCampaignByCode(ctx: Context, code: string): Promise<Campaign | null> {
  return ctx.em.findOne(Campaign, { code: code.trim().toUpperCase() });
}

async function requireCampaign(ctx: Context, id: string, field: string): Promise<Campaign> {
  const campaign = await ctx.loaders.campaign.load(parseId(id, field, CAMPAIGN));
  if (!campaign)
    throw badInput(field, { vi: `Không có phong trào với id ${id}`, en: `There is no campaign with id ${id}` });
  return campaign;
}

export async function listCampaigns(
  ctx: Context,
  filter: CampaignFilter | null | undefined,
  order: CampaignOrder | null | undefined,
  page: PageArgs,
): Promise<Page<Campaign>> {
  const where: FilterQuery<Campaign>[] = [];
  if (filter?.q?.trim()) where.push(matchesSearch(filter.q));
  if (filter?.kind) where.push({ kind: filter.kind });
  if (filter?.status) where.push({ status: filter.status });
  if (filter?.organizerId) where.push({ organizer: lookupId(filter.organizerId) ?? 0 });
  if (filter?.unitId) where.push({ scopeUnit: await withinUnit(ctx, filter.unitId) });
  if (filter?.parentId) where.push({ parent: lookupId(filter.parentId) ?? 0 });
  if (filter?.topLevelOnly) where.push({ parent: null });
  if (filter?.period?.to) where.push({ startsOn: { $lte: filter.period.to } });
  if (filter?.period?.from) where.push({ $or: [{ endsOn: null }, { endsOn: { $gte: filter.period.from } }] });
  return findPage(ctx.em, Campaign, { $and: where }, toOrderBy(order?.field ?? 'startsOn', order?.direction), page);
}

function assertTargets(moneyTarget: bigint | null | undefined, povertyReductionTarget: string | null | undefined) {
  if (moneyTarget != null && moneyTarget < 0n) {
    throw badInput('moneyTarget', { vi: 'Mục tiêu vận động không được âm', en: 'The money target cannot be negative' });
  }
  const points = povertyReductionTarget == null ? null : Number(povertyReductionTarget);
  if (points != null && (points < 0 || points > 100)) {
    throw badInput('povertyReductionTarget', {
      vi: 'Mục tiêu giảm tỷ lệ hộ nghèo phải từ 0 đến 100 điểm phần trăm mỗi năm',
      en: 'The poverty-reduction target must be 0–100 percentage points per year',
    });
  }
}

/** A campaign's parent must cover its scope, and a campaign cannot sit under itself. */
async function assertParentFits(ctx: Context, campaign: Campaign) {
  if (!campaign.parent) return;
  const parent = (await ctx.loaders.campaign.load(campaign.parent.id))!;
  if (!(await subtreeUnitIds(ctx.em, parent.scopeUnit.id)).includes(campaign.scopeUnit.id)) {
    throw badInput('parentId', {
      vi: `Phong trào cấp trên "${parent.name}" không bao trùm địa bàn của phong trào này`,
      en: `The parent campaign "${parent.name}" does not cover this campaign's unit`,
    });
  }
  for (let up: Campaign | null = parent; up; up = up.parent ? await ctx.loaders.campaign.load(up.parent.id) : null) {
    if (campaign.id !== undefined && up.id === campaign.id) {
      throw badInput('parentId', {
        vi: 'Một phong trào không thể nằm dưới chính nó',
        en: 'A campaign cannot be placed under itself',
      });
    }
  }
}

async function assertCodeFree(ctx: Context, code: string) {
  if (await ctx.em.findOne(Campaign, { code })) {
    throw conflict('code', {
      vi: `Mã ${code} đã được dùng cho phong trào khác`,
      en: `Code ${code} is already used by another campaign`,
    });
  }
}

function applyDocument(campaign: Campaign, document: CreateCampaignInput['document']) {
  campaign.documentNumber = document ? nfc(document.number) : null;
  campaign.documentIssuedOn = document?.issuedOn ?? null;
  campaign.documentIssuer = document?.issuer ? nfc(document.issuer) : null;
}

export async function createCampaign(ctx: Context, input: CreateCampaignInput): Promise<Campaign> {
  const code = input.code.trim();
  assertOrderedDates(input.startsOn, input.endsOn, 'endsOn');
  assertTargets(input.moneyTarget, input.povertyReductionTarget);
  const organizer = await requireOrganization(ctx, input.organizerId, 'organizerId');
  const scopeUnit = await requireUnit(ctx, input.scopeUnitId, 'scopeUnitId');
  await assertCan(ctx, WRITERS, scopeUnit.id, scopeUnit.name);
  const parent = input.parentId ? await requireCampaign(ctx, input.parentId, 'parentId') : null;
  await assertCodeFree(ctx, code);
  const campaign = ctx.em.create(Campaign, {
    code,
    kind: input.kind,
    name: nfc(input.name),
    description: input.description ? nfc(input.description) : null,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
    organizer,
    scopeUnit,
    parent,
    moneyTarget: input.moneyTarget ?? null,
    povertyReductionTarget: input.povertyReductionTarget ?? null,
    status: input.status,
  } as never);
  applyDocument(campaign, input.document);
  await assertParentFits(ctx, campaign);
  await ctx.em.flush();
  return campaign;
}

export async function updateCampaign(ctx: Context, input: UpdateCampaignInput): Promise<Campaign> {
  const campaign = await findCampaign(ctx, input.id);
  if (!campaign) throw notFound(CAMPAIGN, input.id, 'id');
  await assertCan(ctx, WRITERS, campaign.scopeUnit.id);
  assertVersion(campaign, input.version);
  if (input.kind) campaign.kind = input.kind;
  if (input.name != null) campaign.name = nfc(input.name);
  if (input.description !== undefined) campaign.description = input.description ? nfc(input.description) : null;
  if (input.startsOn) campaign.startsOn = input.startsOn;
  if (input.endsOn !== undefined) campaign.endsOn = input.endsOn;
  if (input.document !== undefined) applyDocument(campaign, input.document);
  if (input.organizerId) campaign.organizer = await requireOrganization(ctx, input.organizerId, 'organizerId');
  if (input.scopeUnitId) {
    campaign.scopeUnit = await requireUnit(ctx, input.scopeUnitId, 'scopeUnitId');
    await assertCan(ctx, WRITERS, campaign.scopeUnit.id, campaign.scopeUnit.name);
  }
  if (input.parentId !== undefined) {
    campaign.parent = input.parentId ? await requireCampaign(ctx, input.parentId, 'parentId') : null;
  }
  if (input.moneyTarget !== undefined) campaign.moneyTarget = input.moneyTarget;
  if (input.povertyReductionTarget !== undefined) campaign.povertyReductionTarget = input.povertyReductionTarget;
  if (input.status) campaign.status = input.status;
  assertOrderedDates(campaign.startsOn, campaign.endsOn, 'endsOn');
  assertTargets(campaign.moneyTarget, campaign.povertyReductionTarget);
  await assertParentFits(ctx, campaign);
  await ctx.em.flush();
  return campaign;
}
