import type { Em } from '../../db/orm.js';
import { catalogueForms, catalogueRules } from './commendation-catalogue.js';
import { CommendationForm } from './commendation-form.entity.js';
import { CommendationRule } from './commendation-rule.entity.js';

/**
 * Creates the catalogue's forms and rules that are missing, by code; never touches one that exists,
 * so an administrator's edits stand. Runs at every start: reference data, not demo data.
 */
export async function seedCommendationCatalogue(em: Em): Promise<number> {
  let created = 0;
  const forms = new Map((await em.find(CommendationForm, {})).map((f) => [f.code, f]));
  catalogueForms.forEach((f, index) => {
    if (forms.has(f.code)) return;
    created++;
    const form = em.create(CommendationForm, {
      code: f.code,
      name: f.name,
      kind: f.kind,
      grade: f.grade ?? null,
      authority: f.authority,
      recipientKinds: f.recipientKinds,
      cashRewardMultiple: f.cash ?? null,
      collectiveCashRewardMultiple: f.collectiveCash ?? null,
      legalBasis: f.legalBasis,
      active: true,
      rank: (index + 1) * 10,
    } as never);
    forms.set(f.code, form);
  });
  const rules = new Set((await em.find(CommendationRule, {})).map((r) => r.code));
  for (const r of catalogueRules) {
    if (rules.has(r.code)) continue;
    created++;
    em.create(CommendationRule, {
      code: r.code,
      form: r.formCode ? forms.get(r.formCode)! : null,
      recipientKinds: r.recipientKinds,
      condition: r.condition,
      params: r.params,
      effectiveFrom: r.effectiveFrom,
      effectiveTo: r.effectiveTo ?? null,
      description: r.description,
      legalBasis: r.legalBasis,
    } as never);
  }
  await em.flush();
  return created;
}
