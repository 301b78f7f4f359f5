import type { Em } from '../db/orm.js';
import type { Campaign } from '../modules/campaigns/campaign.entity.js';
import { NominationStatus, RecipientKind } from '../modules/commendations/commendation-enums.js';
import { CommendationDecision } from '../modules/commendations/commendation-decision.entity.js';
import { CommendationForm } from '../modules/commendations/commendation-form.entity.js';
import { CommendationRecipient } from '../modules/commendations/commendation-recipient.entity.js';
import { Nomination, NominationTransition } from '../modules/commendations/nomination.entity.js';
import { seedCommendationCatalogue } from '../modules/commendations/seed-catalogue.js';
import type { AdministrativeUnit } from '../modules/geography/administrative-unit.entity.js';
import type { Organization } from '../modules/organizations/organization.entity.js';
import {
  DEMO_ACHIEVEMENT_HQ,
  DEMO_ACHIEVEMENT_NT,
  DEMO_ACHIEVEMENT_NT_HOUSEHOLD,
  demoDecisions,
} from './demo/demo-commendations.js';

type UnitOf = (code: string, why: string, onDay?: string) => AdministrativeUnit;

/**
 * The seeds' commendations as published registry entries, with their decisions. Idempotent: a
 * recipient is found by kind, name and unit, a decision by unit and number, a commendation by
 * recipient, form and campaign; only what is missing is created.
 */
export async function seedDemoCommendations(
  em: Em,
  unit: UnitOf,
  organizations: Map<string, Organization>,
  campaigns: Map<string, Campaign>,
): Promise<number> {
  let created = await seedCommendationCatalogue(em);
  // Everything already there, read once; what is missing is created in memory and flushed once.
  const forms = new Map((await em.find(CommendationForm, {})).map((f) => [f.code, f]));
  const decisions = new Map((await em.find(CommendationDecision, {})).map((d) => [`${d.unit.id}|${d.number}`, d]));
  const recipients = new Map(
    (await em.find(CommendationRecipient, {})).map((r) => [`${r.kind}|${r.name}|${r.unit.id}`, r]),
  );
  const awarded = new Set(
    (await em.find(Nomination, { decision: { $ne: null } })).map(
      (n) => `${n.recipient.id}|${n.form.id}|${n.campaign?.id}`,
    ),
  );
  for (const d of demoDecisions) {
    const form = forms.get(d.formCode);
    if (!form) throw new Error(`demo data: unknown form ${d.formCode}`);
    const conferringUnit = unit(d.unitCode, `decision ${d.number}`, d.decidedOn);
    const proposingUnit = unit(d.proposingUnitCode, `decision ${d.number}`, d.decidedOn);
    const campaign = campaigns.get(d.campaignCode);
    if (!campaign) throw new Error(`demo data: unknown campaign ${d.campaignCode}`);
    let decision = decisions.get(`${conferringUnit.id}|${d.number}`);
    if (!decision) {
      created++;
      decision = em.create(CommendationDecision, {
        number: d.number,
        decidedOn: d.decidedOn,
        signerName: d.signerName,
        signerTitle: null,
        authority: form.authority,
        unit: conferringUnit,
      } as never);
      decisions.set(`${conferringUnit.id}|${d.number}`, decision);
    }
    for (const a of d.awards) {
      const recipientUnit = unit(a.unitCode, `recipient ${a.name}`, d.decidedOn);
      const kind = a.kind as RecipientKind;
      let recipient = recipients.get(`${kind}|${a.name}|${recipientUnit.id}`);
      if (recipient && awarded.has(`${recipient.id}|${form.id}|${campaign.id}`)) continue;
      if (!recipient) {
        created++;
        recipient = em.create(CommendationRecipient, {
          kind,
          name: a.name,
          title: a.title ?? null,
          unit: recipientUnit,
          organization: a.organizationKey ? (organizations.get(a.organizationKey) ?? null) : null,
          address: a.address ?? null,
          disciplineUntil: null,
        } as never);
        recipients.set(`${kind}|${a.name}|${recipientUnit.id}`, recipient);
      }
      created++;
      const year = Number(d.decidedOn.slice(0, 4));
      const nomination = em.create(Nomination, {
        form,
        recipient,
        campaign,
        proposingUnit,
        conferringUnit,
        proposedOn: `${year}-09-01`,
        achievement:
          d.campaignCode === 'HQ-2016-2020'
            ? DEMO_ACHIEVEMENT_HQ
            : kind === RecipientKind.HOUSEHOLD
              ? DEMO_ACHIEVEMENT_NT_HOUSEHOLD
              : DEMO_ACHIEVEMENT_NT,
        excellentYears: kind === RecipientKind.INDIVIDUAL ? [year - 4, year - 3, year - 2, year - 1, year] : [],
        attachments: [],
        status: NominationStatus.PUBLISHED,
        decision,
        conferredOn: d.decidedOn,
        publishedAt: new Date(`${d.decidedOn}T09:00:00+07:00`),
      } as never);
      em.create(NominationTransition, {
        nomination,
        fromStatus: null,
        toStatus: NominationStatus.PUBLISHED,
        actor: null,
        actorLabel: 'demo-seed',
        note: `Nhập từ báo cáo tổng kết (dữ liệu mẫu), quyết định ${d.number}`,
      } as never);
    }
  }
  await em.flush();
  return created;
}
