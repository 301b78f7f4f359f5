import type { Em } from '../db/orm.js';
import { CampaignActivity } from '../modules/activities/campaign-activity.entity.js';
import type { ActivityKind } from '../modules/activities/activity-kind.js';
import { Campaign } from '../modules/campaigns/campaign.entity.js';
import { Exemplar } from '../modules/exemplars/exemplar.entity.js';
import type { ExemplarKind } from '../modules/exemplars/exemplar-kind.js';
import type { AdministrativeUnit } from '../modules/geography/administrative-unit.entity.js';
import { CampaignPlan } from '../modules/plans/campaign-plan.entity.js';
import type { PlanKind } from '../modules/plans/plan-kind.js';
import { FigureMeasure, type FigureFact } from '../modules/reported-figures/figure-enums.js';
import { ReportedFigure } from '../modules/reported-figures/reported-figure.entity.js';
import { demoActivities, demoExemplars, demoFigures, demoPlans } from './demo/demo-report-facts.js';

type UnitOf = (code: string, why: string, onDay?: string) => AdministrativeUnit;

/**
 * The seeds' plans, activities, exemplars and reported figures. Idempotent: each is found by its
 * natural key (campaign and unit with kind and years, name, or label) before it is created.
 */
export async function seedDemoReportFacts(em: Em, unit: UnitOf): Promise<number> {
  let created = 0;
  const campaigns = new Map<string, Campaign>();
  const campaign = async (code: string) => {
    let found = campaigns.get(code);
    if (!found) {
      found = (await em.findOne(Campaign, { code })) ?? undefined;
      if (!found) throw new Error(`demo data: unknown campaign ${code}`);
      campaigns.set(code, found);
    }
    return found;
  };

  for (const p of demoPlans) {
    const where = {
      campaign: await campaign(p.campaignCode),
      unit: unit(p.unitCode, `plan of ${p.campaignCode}`, p.onDay),
      kind: p.kind as PlanKind,
      fromYear: p.fromYear,
      toYear: p.toYear,
    };
    if (await em.findOne(CampaignPlan, where)) continue;
    created++;
    em.create(CampaignPlan, {
      ...where,
      minPointsPerYear: p.min ?? null,
      maxPointsPerYear: p.max ?? null,
      moneyAmount: p.money ? BigInt(p.money) : null,
      source: p.source,
      note: null,
    } as never);
  }

  for (const a of demoActivities) {
    const where = {
      campaign: await campaign(a.campaignCode),
      unit: unit(a.unitCode, `activity of ${a.campaignCode}`, a.onDay),
      kind: a.kind as ActivityKind,
      fromYear: a.fromYear,
      toYear: a.toYear,
      note: a.note,
    };
    if (await em.findOne(CampaignActivity, where)) continue;
    created++;
    em.create(CampaignActivity, { ...where, count: a.count, participants: a.participants ?? null } as never);
  }

  for (const e of demoExemplars) {
    const where = { campaign: await campaign(e.campaignCode), name: e.name };
    if (await em.findOne(Exemplar, where)) continue;
    created++;
    em.create(Exemplar, {
      ...where,
      unit: unit(e.unitCode, `exemplar ${e.name}`, e.onDay),
      kind: e.kind as ExemplarKind,
      description: e.description,
      place: e.place ?? null,
      year: null,
      replicated: e.replicated,
      replicationCount: e.replicationCount ?? null,
      replicatedWhere: e.replicatedWhere ?? null,
    } as never);
  }
  await em.flush();

  const byKey = new Map<string, ReportedFigure>();
  for (const [position, f] of demoFigures.entries()) {
    const where = { campaign: await campaign(f.campaignCode), label: f.label };
    let figure = await em.findOne(ReportedFigure, where);
    if (!figure) {
      created++;
      figure = em.create(ReportedFigure, {
        ...where,
        unit: unit(f.unitCode, `figure ${f.key}`, f.onDay),
        parent: f.parentKey ? byKey.get(f.parentKey)! : null,
        position,
        measure: f.money ? FigureMeasure.MONEY : FigureMeasure.COUNT,
        money: f.money ? BigInt(f.money) : null,
        count: f.count ?? null,
        countUnit: f.countUnit ?? null,
        fact: (f.claims?.fact as FigureFact | undefined) ?? null,
        factPurpose: f.claims?.purpose ?? null,
        factFormCode: f.claims?.formCode ?? null,
        factRecipientKind: f.claims?.recipientKind ?? null,
        factFromYear: f.claims?.fromYear ?? null,
        factToYear: f.claims?.toYear ?? null,
        source: f.source,
        note: null,
      } as never);
      // Parts refer to their total by id: it must exist first.
      await em.flush();
    }
    byKey.set(f.key, figure);
  }
  return created;
}
