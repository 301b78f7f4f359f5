import type { Em } from '../db/orm.js';
import { AdministrativeUnit } from '../modules/geography/administrative-unit.entity.js';
import { UnitSuccession } from '../modules/geography/unit-succession.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { Campaign } from '../modules/campaigns/campaign.entity.js';
import { Donor } from '../modules/donors/donor.entity.js';
import { DonorContact } from '../modules/donors/donor-contact.entity.js';
import { demoUnits, demoSuccessions } from './demo/demo-units.js';
import { demoOrganizations } from './demo/demo-organizations.js';
import { demoCampaigns } from './demo/demo-campaigns.js';
import { demoDonors } from './demo/demo-donors.js';
import { DEMO_PASSWORD, demoUsers } from './demo/demo-users.js';
import { User } from '../modules/users/user.entity.js';
import { RoleGrant } from '../modules/users/role-grant.entity.js';
import { hashPassword } from '../modules/users/secrets.js';
import { Fund } from '../modules/funds/fund.entity.js';
import { seedDemoLedger } from './demo-ledger.js';
import { demoBankFormats } from './demo/demo-bank-formats.js';
import { BankStatementFormat } from '../modules/imports/bank-statement-format.entity.js';
import { seedDemoCommendations } from './demo-commendations.js';
import { seedDemoPoverty } from './demo-poverty.js';
import { seedDemoReportFacts } from './demo-report-facts.js';

export interface SeedResult {
  created: number;
  existing: number;
}

/**
 * Loads the real facts of ../shared/seeds (units and their 2025 successors, organizations,
 * campaigns, a few donors). Idempotent: each record is found by its natural key first, and only
 * what is missing is created, so a second run changes nothing. One transaction: all or nothing.
 */
export async function seedDemoData(rootEm: Em): Promise<SeedResult> {
  return rootEm.transactional(async (em) => {
    const result: SeedResult = { created: 0, existing: 0 };
    const count = (isNew: boolean) => (isNew ? result.created++ : result.existing++);

    const unitsByCode = new Map<string, AdministrativeUnit>();
    for (const u of demoUnits) {
      const validFrom = u.validFrom ?? null;
      let unit = await em.findOne(AdministrativeUnit, { code: u.code, validFrom });
      count(!unit);
      unit ??= em.create(AdministrativeUnit, {
        code: u.code,
        name: u.name,
        level: u.level,
        parent: u.parentCode ? (unitsByCode.get(u.parentCode) ?? null) : null,
        validFrom,
        validTo: u.validTo ?? null,
      } as never);
      // A renamed unit keeps its code; references by code mean the latest holder.
      const previous = unitsByCode.get(u.code);
      if (!previous || (previous.validFrom ?? '') < (validFrom ?? '')) unitsByCode.set(u.code, unit);
    }
    await em.flush();
    const unitIds = new Map<string, number>();
    for (const u of await em.find(AdministrativeUnit, {})) unitIds.set(`${u.code}@${u.validFrom ?? ''}`, u.id);
    // A code held by two units in turn (a rename, or a merger that kept one code) means the unit
    // in force on the given day; without a day, the latest holder.
    const unit = (code: string, why: string, onDay?: string) => {
      const holders = demoUnits.filter((u) => u.code === code);
      const inForce = onDay
        ? holders.find((u) => (u.validFrom ?? '') <= onDay && (!u.validTo || onDay <= u.validTo))
        : undefined;
      const found = inForce
        ? em.getReference(AdministrativeUnit, unitIds.get(`${code}@${inForce.validFrom ?? ''}`)!)
        : unitsByCode.get(code);
      if (!found) throw new Error(`demo data: unknown unit ${code} (${why})`);
      return found;
    };
    const ended = (code: string) => {
      const holder = demoUnits.find((u) => u.code === code && u.validTo);
      return holder ? unit(code, 'succession', holder.validTo!) : unit(code, 'succession');
    };

    for (const s of demoSuccessions) {
      const predecessor = ended(s.fromCode);
      const successor = unit(s.toCode, `successor of ${s.fromCode}`);
      const existing = await em.findOne(UnitSuccession, { predecessor, successor });
      count(!existing);
      if (!existing) {
        em.create(UnitSuccession, {
          predecessor,
          successor,
          effectiveOn: s.effectiveOn,
          note: s.note ?? null,
        } as never);
      }
    }

    const orgsByKey = new Map<string, Organization>();
    for (const o of demoOrganizations) {
      const orgUnit = unit(o.unitCode, `organization ${o.key}`);
      let org = await em.findOne(Organization, { name: o.name, unit: orgUnit });
      count(!org);
      org ??= em.create(Organization, {
        kind: o.kind,
        name: o.name,
        unit: orgUnit,
        parent: o.parentKey ? (orgsByKey.get(o.parentKey) ?? null) : null,
      } as never);
      orgsByKey.set(o.key, org);
    }
    await em.flush();

    const campaignsByCode = new Map<string, Campaign>();
    for (const c of demoCampaigns) {
      let campaign = await em.findOne(Campaign, { code: c.code });
      count(!campaign);
      const organizer = orgsByKey.get(c.organizerKey);
      if (!organizer) throw new Error(`demo data: unknown organizer ${c.organizerKey} of ${c.code}`);
      campaign ??= em.create(Campaign, {
        code: c.code,
        kind: c.kind,
        name: c.name,
        description: c.description ?? null,
        startsOn: c.startsOn,
        endsOn: c.endsOn ?? null,
        documentNumber: c.document?.number ?? null,
        documentIssuedOn: c.document?.issuedOn ?? null,
        documentIssuer: c.document?.issuer ?? null,
        organizer,
        scopeUnit: unit(c.scopeUnitCode, `campaign ${c.code}`, c.startsOn),
        parent: c.parentCode ? (campaignsByCode.get(c.parentCode) ?? null) : null,
        moneyTarget: c.moneyTarget ? BigInt(c.moneyTarget) : null,
        povertyReductionTarget: c.povertyReductionTarget ?? null,
        status: c.status,
      } as never);
      campaignsByCode.set(c.code, campaign);
    }

    for (const d of demoDonors) {
      const donorUnit = unit(d.unitCode ?? 'VN', `donor ${d.key}`);
      const existing = await em.findOne(Donor, { displayName: d.displayName, unit: donorUnit });
      count(!existing);
      if (existing) continue;
      const donor = em.create(Donor, {
        kind: d.kind,
        displayName: d.displayName,
        anonymous: d.anonymous,
        publicConsent: d.publicConsent,
        unit: donorUnit,
      } as never);
      if (d.contact) em.create(DonorContact, { donor, ...d.contact } as never);
    }

    // Every Front committee keeps a Fund for the Poor; its code goes into receipt numbers.
    for (const o of demoOrganizations.filter((org) => org.kind === 'FRONT_COMMITTEE')) {
      const organization = orgsByKey.get(o.key)!;
      const existing = await em.findOne(Fund, { organization });
      count(!existing);
      if (existing) continue;
      em.create(Fund, {
        code: `QVNN-${o.key.replace(/^mttq-/, '').toUpperCase()}`.slice(0, 30),
        name: `Quỹ Vì người nghèo ${o.name.replace(/^Ủy ban Mặt trận Tổ quốc Việt Nam /, '')}`,
        organization,
        unit: organization.unit,
      } as never);
    }

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const u of demoUsers) {
      const existing = await em.findOne(User, { email: u.email });
      count(!existing);
      if (existing) continue;
      const user = em.create(User, {
        email: u.email,
        displayName: u.displayName,
        passwordHash,
        active: true,
        failedLoginCount: 0,
      } as never);
      for (const g of u.grants)
        em.create(RoleGrant, { user, role: g.role, unit: unit(g.unitCode, `grant of ${u.email}`) } as never);
    }
    await em.flush();
    for (const format of demoBankFormats) {
      const existing = await em.findOne(BankStatementFormat, { code: format.code });
      count(!existing);
      if (!existing) em.create(BankStatementFormat, format as never);
    }
    await em.flush();

    result.created += await seedDemoLedger(em);
    result.created += await seedDemoCommendations(em, unit, orgsByKey, campaignsByCode);
    result.created += await seedDemoPoverty(em, unit);
    result.created += await seedDemoReportFacts(em, unit);
    return result;
  });
}
