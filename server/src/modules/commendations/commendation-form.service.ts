import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { assertOrderedDates } from '../../common/date-range.js';
import { badInput, conflict, notFound, type Localized } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId, parseId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { matchesSearch, nfc } from '../../common/search-text.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { UnitLevel } from '../geography/unit-level.js';
import { assertCan, REFERENCE_DATA_ADMINS } from '../users/access.js';
import { RuleCondition } from './commendation-enums.js';
import { CommendationForm } from './commendation-form.entity.js';
import type {
  CommendationFormFilter,
  CommendationRuleFilter,
  CreateCommendationFormInput,
  CreateCommendationRuleInput,
  EndCommendationRuleInput,
  UpdateCommendationFormInput,
} from './commendation-form.inputs.js';
import { CommendationRule } from './commendation-rule.entity.js';

export const FORM: Localized = { vi: 'hình thức khen thưởng', en: 'commendation form' };
const RULE: Localized = { vi: 'tiêu chuẩn khen thưởng', en: 'eligibility rule' };

/** The catalogue is national reference data: only a system administrator on the nation edits it. */
async function assertCatalogueAdmin(ctx: Context): Promise<void> {
  const nation = await ctx.em.findOne(AdministrativeUnit, { level: UnitLevel.NATION, parent: null });
  await assertCan(ctx, REFERENCE_DATA_ADMINS, nation?.id ?? -1, nation?.name);
}

export async function findForm(ctx: Context, id?: string | null, code?: string | null) {
  if (id) {
    const rowId = lookupId(id);
    return rowId ? ctx.loaders.commendationForm.load(rowId) : null;
  }
  return code ? ctx.em.findOne(CommendationForm, { code: code.trim().toUpperCase() }) : null;
}

export async function requireForm(ctx: Context, id: string, field: string): Promise<CommendationForm> {
  const form = await ctx.loaders.commendationForm.load(parseId(id, field, FORM));
  if (!form) throw badInput(field, { vi: `Không có hình thức khen thưởng ${id}`, en: `There is no form ${id}` });
  return form;
}

export function listForms(
  ctx: Context,
  filter: CommendationFormFilter | null | undefined,
  page: PageArgs,
): Promise<Page<CommendationForm>> {
  const where: FilterQuery<CommendationForm>[] = [];
  if (filter?.q?.trim()) where.push(matchesSearch(filter.q));
  if (filter?.kind) where.push({ kind: filter.kind });
  if (filter?.authority) where.push({ authority: filter.authority });
  if (filter?.recipientKind) where.push({ recipientKinds: { $contains: [filter.recipientKind] } } as never);
  if (filter?.activeOnly) where.push({ active: true });
  return findPage(ctx.em, CommendationForm, { $and: where }, { rank: 'asc', id: 'asc' }, page);
}

export async function createForm(ctx: Context, input: CreateCommendationFormInput): Promise<CommendationForm> {
  await assertCatalogueAdmin(ctx);
  if (await ctx.em.findOne(CommendationForm, { code: input.code })) {
    throw conflict('code', { vi: `Mã ${input.code} đã được dùng`, en: `Code ${input.code} is already used` });
  }
  const form = ctx.em.create(CommendationForm, {
    code: input.code,
    name: nfc(input.name),
    kind: input.kind,
    grade: input.grade ? nfc(input.grade) : null,
    authority: input.authority,
    recipientKinds: [...new Set(input.recipientKinds)],
    cashRewardMultiple: input.cashRewardMultiple ?? null,
    collectiveCashRewardMultiple: input.collectiveCashRewardMultiple ?? null,
    legalBasis: input.legalBasis ? nfc(input.legalBasis) : null,
    active: true,
    rank: input.rank,
  } as never);
  assertCash(form);
  await ctx.em.flush();
  return form;
}

function assertCash(form: CommendationForm) {
  for (const field of ['cashRewardMultiple', 'collectiveCashRewardMultiple'] as const) {
    if (form[field] != null && Number(form[field]) < 0) {
      throw badInput(field, { vi: 'Mức tiền thưởng không được âm', en: 'A cash reward cannot be negative' });
    }
  }
}

export async function updateForm(ctx: Context, input: UpdateCommendationFormInput): Promise<CommendationForm> {
  await assertCatalogueAdmin(ctx);
  const form = await findForm(ctx, input.id);
  if (!form) throw notFound(FORM, input.id, 'id');
  if (input.name != null) form.name = nfc(input.name);
  if (input.grade !== undefined) form.grade = input.grade ? nfc(input.grade) : null;
  if (input.recipientKinds) form.recipientKinds = [...new Set(input.recipientKinds)];
  if (input.cashRewardMultiple !== undefined) form.cashRewardMultiple = input.cashRewardMultiple;
  if (input.collectiveCashRewardMultiple !== undefined)
    form.collectiveCashRewardMultiple = input.collectiveCashRewardMultiple;
  if (input.legalBasis !== undefined) form.legalBasis = input.legalBasis ? nfc(input.legalBasis) : null;
  if (input.active != null) form.active = input.active;
  if (input.rank != null) form.rank = input.rank;
  assertCash(form);
  await ctx.em.flush();
  return form;
}

export async function listRules(
  ctx: Context,
  filter: CommendationRuleFilter | null | undefined,
  page: PageArgs,
): Promise<Page<CommendationRule>> {
  const where: FilterQuery<CommendationRule>[] = [];
  if (filter?.formId) where.push({ $or: [{ form: lookupId(filter.formId) ?? 0 }, { form: null }] });
  if (filter?.condition) where.push({ condition: filter.condition });
  if (filter?.inForceOn) where.push(...inForceOn(filter.inForceOn));
  return findPage(ctx.em, CommendationRule, { $and: where }, { effectiveFrom: 'asc', code: 'asc', id: 'asc' }, page);
}

/** The SQL condition "in force on this day". */
export function inForceOn(day: string): FilterQuery<CommendationRule>[] {
  return [{ effectiveFrom: { $lte: day } }, { $or: [{ effectiveTo: null }, { effectiveTo: { $gte: day } }] }];
}

export async function createRule(ctx: Context, input: CreateCommendationRuleInput): Promise<CommendationRule> {
  await assertCatalogueAdmin(ctx);
  assertOrderedDates(input.effectiveFrom, input.effectiveTo, 'effectiveTo');
  const form = input.formId ? await requireForm(ctx, input.formId, 'formId') : null;
  if (await ctx.em.findOne(CommendationRule, { code: input.code })) {
    throw conflict('code', { vi: `Mã ${input.code} đã được dùng`, en: `Code ${input.code} is already used` });
  }
  const params: CommendationRule['params'] = {};
  if (input.condition === RuleCondition.PRIOR_COMMENDATION) {
    const codes = [...new Set((input.priorFormCodes ?? []).map((c) => c.trim().toUpperCase()))];
    const known = await ctx.em.count(CommendationForm, { code: { $in: codes } });
    if (codes.length === 0 || known !== codes.length) {
      throw badInput('priorFormCodes', {
        vi: 'Cần liệt kê mã các hình thức khen thưởng đã có trong danh mục',
        en: 'List the codes of forms that exist in the catalogue',
      });
    }
    params.priorFormCodes = codes;
    params.withinYears = input.withinYears ?? null;
  }
  if (input.condition === RuleCondition.CONSECUTIVE_GOOD_YEARS) {
    if (!input.years) throw badInput('years', { vi: 'Cần số năm liên tục', en: 'The number of years is required' });
    params.years = input.years;
  }
  const rule = ctx.em.create(CommendationRule, {
    code: input.code,
    form,
    recipientKinds: [...new Set(input.recipientKinds)],
    condition: input.condition,
    params,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo ?? null,
    description: nfc(input.description),
    legalBasis: input.legalBasis ? nfc(input.legalBasis) : null,
  } as never);
  await ctx.em.flush();
  return rule;
}

export async function endRule(ctx: Context, input: EndCommendationRuleInput): Promise<CommendationRule> {
  await assertCatalogueAdmin(ctx);
  const rowId = lookupId(input.id);
  const rule = rowId ? await ctx.em.findOne(CommendationRule, { id: rowId }) : null;
  if (!rule) throw notFound(RULE, input.id, 'id');
  assertOrderedDates(rule.effectiveFrom, input.effectiveTo, 'effectiveTo');
  if (rule.effectiveTo && rule.effectiveTo < input.effectiveTo) {
    throw conflict('effectiveTo', {
      vi: `Tiêu chuẩn này đã hết hiệu lực từ ${rule.effectiveTo}`,
      en: `This rule already ended on ${rule.effectiveTo}`,
    });
  }
  rule.effectiveTo = input.effectiveTo;
  await ctx.em.flush();
  return rule;
}
