import { describe, expect, it } from 'vitest';
import { allows, dependsOnCover, recordUnitId, ruleFor, type Grantee } from '../../admin/src/auth/access.js';

// The panel's mirror of the server's rules (admin/src/auth/access.ts), without a browser: which
// menus and buttons each demo role gets. The browser tests (access.test.ts) show them in use.

const unit = (id: string, name: string) => ({ id, name });
const vietNam = unit('1', 'Việt Nam');
const caoBang = unit('4', 'Tỉnh Cao Bằng');
const khanhHoa = unit('56', 'Tỉnh Khánh Hòa');
const me = (role: Grantee['grants'][number]['role'], on = vietNam): Grantee => ({ grants: [{ role, unit: on }] });

const admin = me('SYSTEM_ADMIN');
const staffCaoBang = me('FRONT_STAFF', caoBang);
const auditor = me('AUDITOR');
const developer = me('DEVELOPER');

const may = (who: Grantee, resource: string, action: string, cover?: Set<string>) => {
  const rule = ruleFor(resource, action);
  return !!rule && allows(who, rule, cover);
};

describe('the panel’s access rules', () => {
  it('show users to administrators only, the audit trail to auditors and administrators', () => {
    expect([admin, staffCaoBang, auditor, developer].map((u: Grantee) => may(u, 'users', 'list'))).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect([admin, staffCaoBang, auditor, developer].map((u: Grantee) => may(u, 'auditEvents', 'list'))).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('show donors to Front staff, auditors and administrators; public records to everyone', () => {
    expect([admin, staffCaoBang, auditor, developer].map((u: Grantee) => may(u, 'donors', 'list'))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(may(developer, 'campaigns', 'show')).toBe(true);
  });

  it('let writers edit a record only where a grant covers its unit', () => {
    // Former Ninh Thuận (58) is covered by itself, Việt Nam and, since 2025, Khánh Hòa.
    const ninhThuan = new Set(['58', vietNam.id, khanhHoa.id]);
    expect(dependsOnCover(staffCaoBang, ruleFor('campaigns', 'edit')!)).toBe(true);
    expect(may(staffCaoBang, 'campaigns', 'edit', ninhThuan)).toBe(false);
    expect(may(me('FRONT_STAFF', khanhHoa), 'campaigns', 'edit', ninhThuan)).toBe(true);
    expect(may(admin, 'campaigns', 'edit', ninhThuan)).toBe(true);
    expect(may(auditor, 'campaigns', 'edit', ninhThuan)).toBe(false);
  });

  it('let only the unit’s Front staff write a campaign report’s sections', () => {
    const ninhThuan = new Set(['58', vietNam.id, khanhHoa.id]);
    expect(recordUnitId('campaignReports', { unit: { id: '58' } })).toBe('58');
    expect(may(me('FRONT_STAFF', khanhHoa), 'campaignReports', 'edit', ninhThuan)).toBe(true);
    expect(may(staffCaoBang, 'campaignReports', 'edit', ninhThuan)).toBe(false);
    // The server refuses administrators and auditors (saveCampaignReportNarrative is FRONT_STAFF).
    expect(may(admin, 'campaignReports', 'edit', ninhThuan)).toBe(false);
    expect(may(auditor, 'campaignReports', 'edit', ninhThuan)).toBe(false);
  });

  it('give administrators every history, auditors only their subtree’s, and nobody a delete', () => {
    const caoBangOnly = new Set([caoBang.id]);
    expect(dependsOnCover(admin, ruleFor('campaigns', 'history')!)).toBe(false);
    expect(may(me('AUDITOR', khanhHoa), 'campaigns', 'history', caoBangOnly)).toBe(false);
    expect(may(me('AUDITOR', caoBang), 'campaigns', 'history', caoBangOnly)).toBe(true);
    expect(ruleFor('campaigns', 'delete')).toBeUndefined();
  });

  it('let only Front staff over a fact’s unit keep a campaign’s report facts, deletion included', () => {
    // Hà Quảng (045) lies in Cao Bằng: covered by itself, Cao Bằng and Việt Nam.
    const haQuang = new Set(['045', caoBang.id, vietNam.id]);
    const all = [admin, staffCaoBang, me('FRONT_STAFF', khanhHoa), auditor, developer];
    for (const action of ['create', 'edit', 'delete']) {
      expect(all.map((u: Grantee) => may(u, 'campaignFacts', action, haQuang))).toEqual([
        false,
        true,
        false,
        false,
        false,
      ]);
    }
    // Nothing else is deleted.
    expect(ruleFor('exemplars', 'delete')).toBeUndefined();
    expect(ruleFor('donations', 'delete')).toBeUndefined();
  });

  it('show money to Front staff, auditors and administrators; let only Front staff post it', () => {
    const all = [admin, staffCaoBang, auditor, developer];
    for (const [resource, action] of [
      ['funds', 'show'],
      ['donations', 'list'],
      ['ledgerEntries', 'list'],
    ] as const) {
      expect(all.map((u: Grantee) => may(u, resource, action))).toEqual([true, true, true, false]);
    }
    expect(all.map((u: Grantee) => may(u, 'donations', 'create'))).toEqual([false, true, false, false]);
    expect(all.map((u: Grantee) => may(u, 'ledgerEntries', 'reverse'))).toEqual([false, true, false, false]);
    expect(ruleFor('funds', 'edit')).toBeUndefined();
    expect(ruleFor('donations', 'edit')).toBeUndefined();
  });

  it('let only the fund’s own Front staff allocate and disburse; households only to personal-data readers', () => {
    const all = [admin, staffCaoBang, auditor, developer];
    const ninhThuan = new Set(['58', vietNam.id, khanhHoa.id]);
    for (const action of ['allocate', 'disburse']) {
      expect(all.map((u: Grantee) => may(u, 'funds', action, ninhThuan))).toEqual([false, false, false, false]);
      expect(may(me('FRONT_STAFF', khanhHoa), 'funds', action, ninhThuan)).toBe(true);
    }
    expect(all.map((u: Grantee) => may(u, 'supports', 'list'))).toEqual([true, true, true, false]);
    expect(all.map((u: Grantee) => may(u, 'households', 'list'))).toEqual([false, true, true, false]);
    expect(may(staffCaoBang, 'households', 'edit', ninhThuan)).toBe(false);
    expect(all.map((u: Grantee) => may(u, 'pledges', 'create'))).toEqual([false, true, false, false]);
  });

  it("read a record's unit where each resource keeps it", () => {
    expect(recordUnitId('campaigns', { scopeUnit: { id: '58' } })).toBe('58');
    expect(recordUnitId('donors', { unitId: 4 })).toBe('4');
    expect(recordUnitId('administrativeUnits', { id: '56' })).toBe('56');
  });
});
