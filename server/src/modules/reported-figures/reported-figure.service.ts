import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, notFound, type Localized } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { nfc } from '../../common/search-text.js';
import { assertMayChangeFact, factUnit, requireFactCampaign } from '../campaign-facts/campaign-fact-scope.js';
import { unitsUnder } from '../campaign-facts/fact-values.js';
import { FACT_MEASURE, FigureFact, FigureMeasure } from './figure-enums.js';
import type {
  CreateReportedFigureInput,
  FigureFactInput,
  ReportedFigureFilter,
  UpdateReportedFigureInput,
} from './reported-figure.inputs.js';
import { ReportedFigure } from './reported-figure.entity.js';

export const FIGURE: Localized = { vi: 'số liệu báo cáo', en: 'reported figure' };

const text = (value: string | null | undefined) => (value?.trim() ? nfc(value.trim()) : null);

function applyClaim(figure: ReportedFigure, claims: FigureFactInput | null | undefined) {
  figure.fact = claims?.fact ?? null;
  figure.factPurpose = claims?.purpose ?? null;
  figure.factFormCode = claims?.formCode?.trim() ? claims.formCode.trim().toUpperCase() : null;
  figure.factRecipientKind = claims?.recipientKind ?? null;
  figure.factFromYear = claims?.fromYear ?? null;
  figure.factToYear = claims?.toYear ?? null;
}

/** A figure holds one value of its measure, claims a fact of that measure, and sits under a total of it. */
async function assertCoherent(ctx: Context, figure: ReportedFigure) {
  const money = figure.measure === FigureMeasure.MONEY;
  if (money ? figure.money == null : figure.count == null) {
    throw badInput(money ? 'money' : 'count', {
      vi: money ? 'Số liệu tiền cần có số tiền' : 'Số liệu đếm cần có số lượng',
      en: money ? 'A money figure needs an amount' : 'A count needs a number',
    });
  }
  if (money ? figure.count != null || figure.countUnit != null : figure.money != null) {
    throw badInput(money ? 'count' : 'money', {
      vi: money ? 'Số liệu tiền không có số lượng' : 'Số liệu đếm không có số tiền',
      en: money ? 'A money figure has no count' : 'A count has no amount',
    });
  }
  if ((figure.money ?? 0n) < 0n || (figure.count ?? '').startsWith('-')) {
    throw badInput(money ? 'money' : 'count', { vi: 'Số liệu không được âm', en: 'A figure cannot be negative' });
  }
  if (figure.fact && FACT_MEASURE[figure.fact] !== figure.measure) {
    throw badInput('claims.fact', {
      vi: `${figure.fact} là số liệu ${money ? 'đếm' : 'tiền'}, không khớp với loại số liệu này`,
      en: `${figure.fact} is ${money ? 'a count' : 'money'}; it does not match this figure's measure`,
    });
  }
  if (figure.fact === FigureFact.POOR_HOUSEHOLDS && figure.factToYear == null) {
    throw badInput('claims.toYear', { vi: 'Cần năm rà soát', en: 'The review year is needed' });
  }
  if (figure.fact === FigureFact.POOR_HOUSEHOLDS_REDUCTION) {
    if (figure.factFromYear == null || figure.factToYear == null || figure.factToYear < figure.factFromYear) {
      throw badInput('claims.fromYear', {
        vi: 'Cần năm đầu và năm cuối của giai đoạn (năm cuối không trước năm đầu)',
        en: 'The first and last years of the period are needed (the last not before the first)',
      });
    }
  }
  if (figure.parent) {
    const parent = (await load(ctx, figure.parent.id))!;
    if (parent.campaign.id !== figure.campaign.id || parent.measure !== figure.measure) {
      throw badInput('parentId', {
        vi: 'Số liệu tổng phải cùng phong trào và cùng loại (tiền hoặc số lượng)',
        en: 'The total must be of the same campaign and measure',
      });
    }
    for (
      let up: ReportedFigure | null | undefined = parent;
      up;
      up = up.parent ? await load(ctx, up.parent.id) : null
    ) {
      if (figure.id !== undefined && up.id === figure.id) {
        throw badInput('parentId', {
          vi: 'Một số liệu không thể là thành phần của chính nó',
          en: 'A figure cannot be a part of itself',
        });
      }
    }
  }
}

const load = (ctx: Context, id: number) => ctx.em.findOne(ReportedFigure, { id });

async function requireParent(ctx: Context, id: string): Promise<ReportedFigure> {
  const parent = await findFigure(ctx, id);
  if (!parent) {
    throw badInput('parentId', {
      vi: `Không có số liệu với id ${id}`,
      en: `There is no reported figure with id ${id}`,
    });
  }
  return parent;
}

export async function findFigure(ctx: Context, id: string): Promise<ReportedFigure | null> {
  const rowId = lookupId(id);
  return rowId ? ctx.em.findOne(ReportedFigure, { id: rowId }) : null;
}

export async function listFigures(
  ctx: Context,
  filter: ReportedFigureFilter | null | undefined,
  page: PageArgs,
): Promise<Page<ReportedFigure>> {
  const where: FilterQuery<ReportedFigure>[] = [];
  if (filter?.campaignId) where.push({ campaign: lookupId(filter.campaignId) ?? 0 });
  if (filter?.unitId) {
    const unit = lookupId(filter.unitId);
    where.push({ unit: { $in: unit ? await unitsUnder(ctx, unit) : [] } });
  }
  if (filter?.parentId) where.push({ parent: lookupId(filter.parentId) ?? 0 });
  if (filter?.topLevelOnly) where.push({ parent: null });
  return findPage(ctx.em, ReportedFigure, { $and: where }, { position: 'asc', id: 'asc' }, page);
}

/** Every figure of a campaign (optionally about a unit and those under it), in report order. */
export async function figuresOf(ctx: Context, campaignId: string, unitId?: string | null) {
  const where: FilterQuery<ReportedFigure> = { campaign: lookupId(campaignId) ?? 0 };
  if (unitId) {
    const unit = lookupId(unitId);
    Object.assign(where, { unit: { $in: unit ? await unitsUnder(ctx, unit) : [] } });
  }
  return ctx.em.find(ReportedFigure, where, { orderBy: { position: 'asc', id: 'asc' } });
}

/** The parts of a total, in order. */
export function partsOf(ctx: Context, figure: ReportedFigure): Promise<ReportedFigure[]> {
  return ctx.em.find(ReportedFigure, { parent: figure.id }, { orderBy: { position: 'asc', id: 'asc' } });
}

export async function createFigure(ctx: Context, input: CreateReportedFigureInput): Promise<ReportedFigure> {
  const campaign = await requireFactCampaign(ctx, input.campaignId);
  const unit = await factUnit(ctx, campaign, input.unitId);
  const figure = ctx.em.create(ReportedFigure, {
    campaign,
    unit,
    parent: input.parentId ? await requireParent(ctx, input.parentId) : null,
    position: input.position,
    label: nfc(input.label),
    measure: input.measure,
    money: input.money ?? null,
    count: input.count ?? null,
    countUnit: text(input.countUnit),
    source: text(input.source),
    note: text(input.note),
  } as never);
  applyClaim(figure, input.claims);
  await assertCoherent(ctx, figure);
  await ctx.em.flush();
  return figure;
}

async function requireFigure(ctx: Context, id: string): Promise<ReportedFigure> {
  const figure = await findFigure(ctx, id);
  if (!figure) throw notFound(FIGURE, id, 'id');
  await assertMayChangeFact(ctx, (await ctx.loaders.unit.load(figure.unit.id))!);
  return figure;
}

export async function updateFigure(ctx: Context, input: UpdateReportedFigureInput): Promise<ReportedFigure> {
  const figure = await requireFigure(ctx, input.id);
  if (input.unitId) {
    figure.unit = await factUnit(ctx, (await ctx.loaders.campaign.load(figure.campaign.id))!, input.unitId);
  }
  if (input.parentId !== undefined) figure.parent = input.parentId ? await requireParent(ctx, input.parentId) : null;
  if (input.position != null) figure.position = input.position;
  if (input.label != null) figure.label = nfc(input.label);
  if (input.money !== undefined) figure.money = input.money;
  if (input.count !== undefined) figure.count = input.count;
  if (input.countUnit !== undefined) figure.countUnit = text(input.countUnit);
  if (input.claims !== undefined) applyClaim(figure, input.claims);
  if (input.source !== undefined) figure.source = text(input.source);
  if (input.note !== undefined) figure.note = text(input.note);
  await assertCoherent(ctx, figure);
  await ctx.em.flush();
  return figure;
}

/** Deletes a figure and its parts (a total's breakdown means nothing without it). */
export async function deleteFigure(ctx: Context, id: string): Promise<string> {
  const figure = await requireFigure(ctx, id);
  const doomed: ReportedFigure[] = [];
  const collect = async (f: ReportedFigure) => {
    for (const part of await partsOf(ctx, f)) await collect(part);
    doomed.push(f);
  };
  await collect(figure);
  for (const f of doomed) {
    await assertMayChangeFact(ctx, (await ctx.loaders.unit.load(f.unit.id))!);
    // One flush per figure, parts first: the self-reference must never point at a deleted row.
    ctx.em.remove(f);
    await ctx.em.flush();
  }
  return id;
}
