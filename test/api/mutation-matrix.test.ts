// Every mutation, in the order a user meets it: not logged in → not allowed → allowed, and the
// allowed call leaves an audit row. A last test walks the schema so no mutation escapes the matrix.
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { campaignId, organizationId, unitId } from '../support/fixtures.js';
import { donationInput, fundId, RECORD_DONATION } from '../support/money.js';
import { startImport, uploadStatement, vcbCsv } from '../support/statement-import.js';
import { importPovertyFile, povertyCsv, startPovertyImport } from '../support/poverty-import.js';
import { advance, createNomination, CREATE_NOMINATION, formId, STEP, stepVariables } from '../support/commendations.js';

interface Case {
  mutation: string;
  /** Who is refused, and with which code (a wrong role, or the right role in another province). */
  refused: { as: string | null; code: string }[];
  allowed: string;
  build(server: TestServer): Promise<{ query: string; variables: Record<string, unknown> }>;
}

let seq = 0;
const unique = () => `${Date.now() % 100000}${seq++}`;
// Each build of a report's narrative writes a period nobody has written yet.
let reportYear = 2040;

const cases: Case[] = [
  {
    mutation: 'createAdministrativeUnit',
    refused: [{ as: users.staffCaoBang, code: 'FORBIDDEN' }],
    allowed: users.admin,
    async build(s) {
      return {
        query: `mutation($p: ID!, $c: String!) { createAdministrativeUnit(input: { code: $c, name: "Xã Kiểm Thử", level: COMMUNE, parentId: $p }) { administrativeUnit { id } } }`,
        variables: { p: await unitId(s, '045'), c: `9${unique()}`.slice(0, 5).padEnd(5, '0') },
      };
    },
  },
  {
    mutation: 'updateAdministrativeUnit',
    refused: [{ as: users.staffCaoBang, code: 'FORBIDDEN' }],
    allowed: users.admin,
    async build(s) {
      return {
        query: `mutation($id: ID!, $n: String!) { updateAdministrativeUnit(input: { id: $id, name: $n }) { administrativeUnit { id } } }`,
        variables: { id: await unitId(s, '045'), n: `Huyện Hà Quảng ${unique()}` },
      };
    },
  },
  {
    mutation: 'recordUnitSuccession',
    refused: [{ as: users.auditor, code: 'FORBIDDEN' }],
    allowed: users.admin,
    async build(s) {
      return {
        query: `mutation($a: ID!, $b: ID!) { recordUnitSuccession(input: { predecessorId: $a, successorId: $b, effectiveOn: "2025-07-01" }) { succession { id } } }`,
        // Hà Quảng district (ended 2025-06-30) carried on by its province.
        variables: { a: await unitId(s, '045'), b: await unitId(s, '04') },
      };
    },
  },
  {
    mutation: 'createOrganization',
    refused: [
      { as: users.staffKhanhHoa, code: 'FORBIDDEN' },
      { as: users.developer, code: 'FORBIDDEN' },
    ],
    allowed: users.staffCaoBang,
    async build(s) {
      return {
        query: `mutation($u: ID!) { createOrganization(input: { kind: BUSINESS, name: "Công ty Thử", unitId: $u }) { organization { id } } }`,
        variables: { u: await unitId(s, '04') },
      };
    },
  },
  {
    mutation: 'updateOrganization',
    refused: [{ as: users.staffKhanhHoa, code: 'FORBIDDEN' }],
    allowed: users.staffCaoBang,
    async build(s) {
      return {
        query: `mutation($id: ID!, $n: String!) { updateOrganization(input: { id: $id, name: $n }) { organization { id } } }`,
        variables: {
          id: await organizationId(s, 'mat tran to quoc tinh cao bang'),
          n: `Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng (${unique()})`,
        },
      };
    },
  },
  {
    mutation: 'createCampaign',
    refused: [
      { as: users.staffKhanhHoa, code: 'FORBIDDEN' },
      { as: users.emulationCaoBang, code: 'FORBIDDEN' },
    ],
    allowed: users.staffCaoBang,
    async build(s) {
      return {
        query: `mutation($o: ID!, $u: ID!, $c: String!) { createCampaign(input: { code: $c, kind: TET_CARE, name: "Tết vì người nghèo", startsOn: "2026-01-01", organizerId: $o, scopeUnitId: $u }) { campaign { id } } }`,
        variables: {
          o: await organizationId(s, 'mat tran to quoc tinh cao bang'),
          u: await unitId(s, '04'),
          c: `T-${unique()}`,
        },
      };
    },
  },
  {
    mutation: 'updateCampaign',
    refused: [
      { as: users.staffKhanhHoa, code: 'FORBIDDEN' },
      { as: users.auditor, code: 'FORBIDDEN' },
    ],
    allowed: users.staffCaoBang,
    async build(s) {
      return {
        query: `mutation($id: ID!, $t: Money!) { updateCampaign(input: { id: $id, moneyTarget: $t }) { campaign { id } } }`,
        variables: { id: await campaignId(s, 'HQ-2016-2020'), t: unique() },
      };
    },
  },
  {
    mutation: 'registerDonor',
    refused: [
      { as: users.staffKhanhHoa, code: 'FORBIDDEN' },
      { as: users.auditor, code: 'FORBIDDEN' },
    ],
    allowed: users.staffCaoBang,
    async build(s) {
      return {
        query: `mutation($u: ID!) { registerDonor(input: { kind: INDIVIDUAL, displayName: "Hoàng Thị Thu", unitId: $u, contact: { phone: "0911111111" } }) { donor { id } } }`,
        variables: { u: await unitId(s, '04') },
      };
    },
  },
  {
    mutation: 'updateDonor',
    // Out of scope, the donor is not even found: its existence is not Khánh Hòa's to learn.
    refused: [{ as: users.staffKhanhHoa, code: 'NOT_FOUND' }],
    allowed: users.staffCaoBang,
    async build(s) {
      const found = await s.ok(`{ donors(filter: { q: "nguyen van an" }) { nodes { id } } }`, undefined, {
        as: users.staffCaoBang,
      });
      return {
        query: `mutation($id: ID!) { updateDonor(input: { id: $id, contact: { phone: "0922222222" } }) { donor { id } } }`,
        variables: { id: found.donors.nodes[0].id },
      };
    },
  },
  {
    mutation: 'createUser',
    refused: [{ as: users.staffCaoBang, code: 'FORBIDDEN' }],
    allowed: users.admin,
    async build(s) {
      return {
        query: `mutation($e: String!, $u: ID!) { createUser(input: { email: $e, displayName: "Cán bộ mới", password: "mat-khau-du-dai-1", grants: [{ role: FRONT_STAFF, unitId: $u }] }) { user { id } } }`,
        variables: { e: `moi${unique()}@chungtay.vn`, u: await unitId(s, '04') },
      };
    },
  },
  {
    mutation: 'updateUser',
    refused: [{ as: users.auditor, code: 'FORBIDDEN' }],
    allowed: users.admin,
    async build(s) {
      const found = await s.ok(`{ users(filter: { q: "laptrinh" }) { nodes { id } } }`, undefined, { as: users.admin });
      return {
        query: `mutation($id: ID!, $n: String!) { updateUser(input: { id: $id, displayName: $n }) { user { id } } }`,
        variables: { id: found.users.nodes[0].id, n: `Nhà phát triển ${unique()}` },
      };
    },
  },
  {
    mutation: 'grantRole',
    refused: [{ as: users.staffCaoBang, code: 'FORBIDDEN' }],
    allowed: users.admin,
    async build(s) {
      const found = await s.ok(`{ users(filter: { q: "kiemtoan" }) { nodes { id } } }`, undefined, { as: users.admin });
      return {
        query: `mutation($id: ID!, $u: ID!) { grantRole(input: { userId: $id, role: AUDITOR, unitId: $u }) { user { id } } }`,
        variables: { id: found.users.nodes[0].id, u: await unitId(s, '04') },
      };
    },
  },
  {
    mutation: 'revokeRole',
    refused: [{ as: users.staffCaoBang, code: 'FORBIDDEN' }],
    allowed: users.admin,
    async build(s) {
      const found = await s.ok(`{ users(filter: { q: "kiemtoan" }) { nodes { id } } }`, undefined, { as: users.admin });
      return {
        query: `mutation($id: ID!, $u: ID!) { revokeRole(input: { userId: $id, role: AUDITOR, unitId: $u }) { user { id } } }`,
        variables: { id: found.users.nodes[0].id, u: await unitId(s, '04') },
      };
    },
  },
  {
    mutation: 'createApiToken',
    refused: [{ as: users.staffCaoBang, code: 'FORBIDDEN' }],
    allowed: users.staffKhanhHoa,
    async build(s) {
      return {
        query: `mutation($u: ID!) { createApiToken(input: { name: "Bảng số liệu", scopeUnitId: $u }) { token } }`,
        variables: { u: await unitId(s, '56') },
      };
    },
  },
  {
    mutation: 'revokeApiToken',
    refused: [{ as: users.staffCaoBang, code: 'NOT_FOUND' }],
    allowed: users.developer,
    async build(s) {
      const vn = await unitId(s, 'VN');
      const made = await s.ok(
        `mutation($u: ID!) { createApiToken(input: { name: "Tạm", scopeUnitId: $u }) { apiToken { id } } }`,
        { u: vn },
        { as: users.developer },
      );
      return {
        query: `mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { id } } }`,
        variables: { id: made.createApiToken.apiToken.id },
      };
    },
  },
  {
    mutation: 'createFund',
    refused: [
      { as: users.staffKhanhHoa, code: 'FORBIDDEN' },
      { as: users.auditor, code: 'FORBIDDEN' },
    ],
    allowed: users.staffCaoBang,
    async build(s) {
      const made = await s.ok(
        `mutation($u: ID!) { createOrganization(input: { kind: FRONT_COMMITTEE, name: "Ủy ban MTTQ xã Thử", unitId: $u }) { organization { id } } }`,
        { u: await unitId(s, '045') },
        { as: users.staffCaoBang },
      );
      return {
        query: `mutation($o: ID!) { createFund(input: { organizationId: $o, code: "QVNN-THU", name: "Quỹ Vì người nghèo xã Thử" }) { fund { id } } }`,
        variables: { o: made.createOrganization.organization.id },
      };
    },
  },
  {
    mutation: 'recordDonation',
    refused: [
      { as: users.staffCaoBang, code: 'FORBIDDEN' },
      { as: users.admin, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build(s) {
      return {
        query: RECORD_DONATION,
        variables: { input: donationInput(await fundId(s, 'QVNN-NINH-THUAN'), { amount: '2000000' }) },
      };
    },
  },
  {
    mutation: 'allocateFunds',
    refused: [
      { as: users.staffCaoBang, code: 'FORBIDDEN' },
      { as: users.auditor, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build(s) {
      const from = await fundId(s, 'QVNN-NINH-THUAN');
      await s.ok(RECORD_DONATION, { input: donationInput(from, { amount: '5000000' }) }, { as: users.staffKhanhHoa });
      return {
        query: `mutation($from: ID!, $to: ID!, $k: String!) { allocateFunds(input: { idempotencyKey: $k, fromFundId: $from, toFundId: $to, amount: "1000000", entryDate: "2025-10-20" }) { entry { id } } }`,
        variables: { from, to: await fundId(s, 'QVNN-BAC-AI'), k: `alloc-${unique()}` },
      };
    },
  },
  {
    mutation: 'reverseLedgerEntry',
    refused: [{ as: users.staffCaoBang, code: 'FORBIDDEN' }],
    allowed: users.staffKhanhHoa,
    async build(s) {
      const made = await s.ok(
        RECORD_DONATION,
        { input: donationInput(await fundId(s, 'QVNN-NINH-THUAN'), { amount: '700000' }) },
        { as: users.staffKhanhHoa },
      );
      return {
        query: `mutation($id: ID!, $k: String!) { reverseLedgerEntry(input: { idempotencyKey: $k, entryId: $id, reason: "Nhập sai" }) { reversal { id } } }`,
        variables: { id: made.recordDonation.donation.entry.id, k: `rev-${unique()}` },
      };
    },
  },
  {
    mutation: 'registerHousehold',
    refused: [
      { as: users.staffCaoBang, code: 'FORBIDDEN' },
      { as: users.admin, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build(s) {
      return {
        query: `mutation($u: ID!) { registerHousehold(input: { headName: "Chamaléa Thị Lan", unitId: $u }) { household { id } } }`,
        variables: { u: await unitId(s, '584') },
      };
    },
  },
  {
    mutation: 'recordHouseholdStatus',
    refused: [
      { as: users.staffCaoBang, code: 'BAD_USER_INPUT' },
      { as: users.auditor, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build(s) {
      const made = await s.ok(
        `mutation($u: ID!) { registerHousehold(input: { headName: "Katơr Văn Tư", unitId: $u }) { household { id } } }`,
        { u: await unitId(s, '584') },
        { as: users.staffKhanhHoa },
      );
      return {
        query: `mutation($id: ID!) { recordHouseholdStatus(input: { householdId: $id, year: 2021, status: ESCAPED }) { household { id } } }`,
        variables: { id: made.registerHousehold.household.id },
      };
    },
  },
  {
    mutation: 'recordPovertyStatistic',
    refused: [
      { as: users.staffCaoBang, code: 'FORBIDDEN' },
      { as: users.admin, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build(s) {
      return {
        query: `mutation($u: ID!) { recordPovertyStatistic(input: { unitId: $u, standardCode: "ND-07-2021", year: 2023, households: 7000, poorHouseholds: 1500 }) { figure { poorRate } } }`,
        variables: { u: await unitId(s, '584') },
      };
    },
  },
  {
    mutation: 'updatePovertyStatistic',
    refused: [
      { as: users.staffCaoBang, code: 'FORBIDDEN' },
      { as: users.admin, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build(s) {
      const recorded = await s.ok(
        `mutation($u: ID!) { recordPovertyStatistic(input: { unitId: $u, standardCode: "ND-07-2021", year: 2024, households: 7000, poorHouseholds: 1400 }) { statistic { id } } }`,
        { u: await unitId(s, '584') },
        { as: users.staffKhanhHoa },
      );
      return {
        query: `mutation($id: ID!, $p: Int!) { updatePovertyStatistic(input: { id: $id, poorHouseholds: $p }) { statistic { poorRate } } }`,
        variables: { id: recorded.recordPovertyStatistic.statistic.id, p: 1000 + (seq++ % 300) },
      };
    },
  },
  {
    mutation: 'startPovertyImport',
    refused: [
      { as: users.auditor, code: 'FORBIDDEN' },
      { as: users.admin, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build() {
      return {
        query: `mutation { startPovertyImport(input: { fileName: "ra-soat.csv" }) { povertyImport { id } } }`,
        variables: {},
      };
    },
  },
  {
    mutation: 'commitPovertyImport',
    refused: [
      { as: users.staffCaoBang, code: 'NOT_FOUND' },
      { as: users.auditor, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build(s) {
      const id = await importPovertyFile(
        s,
        users.staffKhanhHoa,
        povertyCsv([['22801', 2024, 'ND-07-2021', 900, 90 + (seq++ % 50), '', '', '', '', '']]),
      );
      return {
        query: `mutation($id: ID!) { commitPovertyImport(input: { id: $id }) { povertyImport { status } } }`,
        variables: { id },
      };
    },
  },
  {
    mutation: 'cancelPovertyImport',
    refused: [
      { as: users.staffCaoBang, code: 'NOT_FOUND' },
      { as: users.auditor, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build(s) {
      const started = await startPovertyImport(s, users.staffKhanhHoa);
      return {
        query: `mutation($id: ID!) { cancelPovertyImport(input: { id: $id }) { povertyImport { status } } }`,
        variables: { id: started.id },
      };
    },
  },
  {
    mutation: 'saveCampaignReportNarrative',
    refused: [
      { as: users.staffCaoBang, code: 'FORBIDDEN' },
      { as: users.admin, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build(s) {
      return {
        // No version: a first save of a period nobody has written yet (each build picks a new year).
        query: `mutation($c: ID!, $u: ID!, $y: Int!) { saveCampaignReportNarrative(input: { campaignId: $c, unitId: $u, fromYear: $y, toYear: $y, lessons: "Bài học" }) { report { narrative { version } } } }`,
        variables: { c: await campaignId(s, 'NT-2016-2020'), u: await unitId(s, '58'), y: reportYear++ },
      };
    },
  },
  {
    mutation: 'disburseSupport',
    refused: [
      { as: users.staffCaoBang, code: 'FORBIDDEN' },
      { as: users.admin, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build(s) {
      const fund = await fundId(s, 'QVNN-NINH-THUAN');
      await s.ok(RECORD_DONATION, { input: donationInput(fund, { amount: '900000' }) }, { as: users.staffKhanhHoa });
      return {
        query: `mutation($f: ID!, $u: ID!, $k: String!) { disburseSupport(input: { idempotencyKey: $k, fundId: $f, project: { name: "Quà Tết", unitId: $u }, purpose: TET_GIFTS, supportedOn: "2025-10-20", amount: "500000", decisionRef: "5/QĐ" }) { support { id } } }`,
        variables: { f: fund, u: await unitId(s, '584'), k: `sup-${unique()}` },
      };
    },
  },
  {
    mutation: 'recordPledge',
    refused: [
      { as: users.staffCaoBang, code: 'FORBIDDEN' },
      { as: users.admin, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build(s) {
      return {
        query: `mutation($f: ID!, $k: String!) { recordPledge(input: { idempotencyKey: $k, fundId: $f, amount: "1000000", pledgedOn: "2025-10-17" }) { pledge { id } } }`,
        variables: { f: await fundId(s, 'QVNN-NINH-THUAN'), k: `pl-${unique()}` },
      };
    },
  },
  {
    mutation: 'fulfillPledge',
    refused: [
      { as: users.staffCaoBang, code: 'BAD_USER_INPUT' },
      { as: users.auditor, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build(s) {
      const made = await s.ok(
        `mutation($f: ID!, $k: String!) { recordPledge(input: { idempotencyKey: $k, fundId: $f, amount: "1000000", pledgedOn: "2025-10-17" }) { pledge { id } } }`,
        { f: await fundId(s, 'QVNN-NINH-THUAN'), k: `pl-${unique()}` },
        { as: users.staffKhanhHoa },
      );
      return {
        query: `mutation($p: ID!, $k: String!) { fulfillPledge(input: { idempotencyKey: $k, pledgeId: $p, donatedOn: "2025-10-20", channel: CASH }) { donation { id } } }`,
        variables: { p: made.recordPledge.pledge.id, k: `pay-${unique()}` },
      };
    },
  },
  {
    mutation: 'cancelPledge',
    refused: [{ as: users.staffCaoBang, code: 'BAD_USER_INPUT' }],
    allowed: users.staffKhanhHoa,
    async build(s) {
      const made = await s.ok(
        `mutation($f: ID!, $k: String!) { recordPledge(input: { idempotencyKey: $k, fundId: $f, amount: "1000000", pledgedOn: "2025-10-17" }) { pledge { id } } }`,
        { f: await fundId(s, 'QVNN-NINH-THUAN'), k: `pl-${unique()}` },
        { as: users.staffKhanhHoa },
      );
      return {
        query: `mutation($p: ID!) { cancelPledge(input: { pledgeId: $p, reason: "Rút lại" }) { pledge { id } } }`,
        variables: { p: made.recordPledge.pledge.id },
      };
    },
  },
  {
    mutation: 'createCommendationForm',
    refused: [
      { as: users.staffCaoBang, code: 'FORBIDDEN' },
      { as: users.emulationCentral, code: 'FORBIDDEN' },
    ],
    allowed: users.admin,
    async build() {
      return {
        query: `mutation($c: String!) { createCommendationForm(input: { code: $c, name: "Giấy khen thử", kind: CERTIFICATE_OF_COMMENDATION, authority: COMMUNE, recipientKinds: [INDIVIDUAL] }) { form { id } } }`,
        variables: { c: `GK-T${unique()}` },
      };
    },
  },
  {
    mutation: 'updateCommendationForm',
    refused: [{ as: users.emulationCaoBang, code: 'FORBIDDEN' }],
    allowed: users.admin,
    async build(s) {
      return {
        query: `mutation($id: ID!, $r: Int!) { updateCommendationForm(input: { id: $id, rank: $r }) { form { id } } }`,
        variables: { id: await formId(s, 'GK-XA'), r: Number(unique()) % 100000 },
      };
    },
  },
  {
    mutation: 'createCommendationRule',
    refused: [{ as: users.auditor, code: 'FORBIDDEN' }],
    allowed: users.admin,
    async build() {
      return {
        query: `mutation($c: String!) { createCommendationRule(input: { code: $c, condition: NOT_UNDER_DISCIPLINE, effectiveFrom: "2040-01-01", description: "Thử" }) { rule { id } } }`,
        variables: { c: `R-${unique()}` },
      };
    },
  },
  {
    mutation: 'endCommendationRule',
    refused: [{ as: users.staffCaoBang, code: 'FORBIDDEN' }],
    allowed: users.admin,
    async build(s) {
      const made = await s.ok(
        `mutation($c: String!) { createCommendationRule(input: { code: $c, condition: NOT_UNDER_DISCIPLINE, effectiveFrom: "2040-01-01", description: "Thử" }) { rule { id } } }`,
        { c: `R-${unique()}` },
        { as: users.admin },
      );
      return {
        query: `mutation($id: ID!) { endCommendationRule(input: { id: $id, effectiveTo: "2041-12-31" }) { rule { id } } }`,
        variables: { id: made.createCommendationRule.rule.id },
      };
    },
  },
  {
    mutation: 'updateCommendationRecipient',
    // Out of scope, the recipient is not even found.
    refused: [
      { as: users.emulationKhanhHoa, code: 'NOT_FOUND' },
      { as: users.staffCaoBang, code: 'FORBIDDEN' },
    ],
    allowed: users.emulationCaoBang,
    async build(s) {
      const nomination = await createNomination(s);
      return {
        query: `mutation($id: ID!) { updateCommendationRecipient(input: { id: $id, title: "Tập thể tiêu biểu" }) { recipient { id } } }`,
        variables: { id: nomination.recipient.id },
      };
    },
  },
  {
    mutation: 'createNomination',
    refused: [
      { as: users.emulationKhanhHoa, code: 'FORBIDDEN' },
      { as: users.staffCaoBang, code: 'FORBIDDEN' },
    ],
    allowed: users.emulationCaoBang,
    async build(s) {
      return {
        query: CREATE_NOMINATION,
        variables: {
          input: {
            formId: await formId(s, 'BK-TINH'),
            proposingUnitId: await unitId(s, '04'),
            proposedOn: '2026-03-02',
            achievement: 'Thành tích giảm nghèo',
            recipient: { kind: 'COLLECTIVE', name: `Tập thể ${unique()}`, unitId: await unitId(s, '04') },
          },
        },
      };
    },
  },
  ...(['updateNomination', 'submitNomination'] as const).map((mutation) => ({
    mutation,
    refused: [
      { as: users.emulationKhanhHoa, code: 'NOT_FOUND' },
      { as: users.auditor, code: 'FORBIDDEN' },
    ],
    allowed: users.emulationCaoBang,
    async build(s: TestServer) {
      const nomination = await createNomination(s);
      const step = mutation === 'updateNomination' ? 'update' : 'submit';
      return { query: STEP[step], variables: stepVariables(step, nomination.id) };
    },
  })),
  ...(
    [
      ['reviewNomination', 'review', 'SUBMITTED'],
      ['rejectNomination', 'reject', 'SUBMITTED'],
      ['returnNomination', 'return', 'REVIEWED'],
      ['forwardNomination', 'forward', 'REVIEWED'],
      ['recordCommendationDecision', 'decide', 'FORWARDED'],
    ] as const
  ).map(([mutation, step, from]) => ({
    mutation,
    // The submitter never approves their own; a national board does not decide a province's award.
    refused: [
      { as: users.emulationCaoBang, code: 'FORBIDDEN' },
      ...(step === 'decide' ? [{ as: users.emulationCentral, code: 'FORBIDDEN' }] : []),
    ],
    allowed: users.councilCaoBang,
    async build(s: TestServer) {
      const nomination = await createNomination(s);
      await advance(s, nomination.id, from);
      return { query: STEP[step], variables: stepVariables(step, nomination.id) };
    },
  })),
  {
    mutation: 'conferCommendation',
    refused: [
      { as: users.staffCaoBang, code: 'FORBIDDEN' },
      { as: users.emulationKhanhHoa, code: 'NOT_FOUND' },
    ],
    allowed: users.emulationCaoBang,
    async build(s) {
      const nomination = await createNomination(s);
      await advance(s, nomination.id, 'DECIDED');
      return { query: STEP.confer, variables: stepVariables('confer', nomination.id) };
    },
  },
  {
    mutation: 'publishCommendation',
    refused: [
      { as: users.admin, code: 'FORBIDDEN' },
      { as: users.emulationKhanhHoa, code: 'NOT_FOUND' },
    ],
    allowed: users.councilCaoBang,
    async build(s) {
      const nomination = await createNomination(s);
      await advance(s, nomination.id, 'CONFERRED');
      return { query: STEP.publish, variables: stepVariables('publish', nomination.id) };
    },
  },
  {
    mutation: 'updateHousehold',
    refused: [
      { as: users.staffCaoBang, code: 'NOT_FOUND' },
      { as: users.auditor, code: 'FORBIDDEN' },
    ],
    allowed: users.staffKhanhHoa,
    async build(s) {
      const made = await s.ok(
        `mutation($u: ID!) { registerHousehold(input: { headName: "Đạo Thị Hạnh", unitId: $u }) { household { id version } } }`,
        { u: await unitId(s, '584') },
        { as: users.staffKhanhHoa },
      );
      const { id, version } = made.registerHousehold.household;
      return {
        query: `mutation($id: ID!, $v: Int) { updateHousehold(input: { id: $id, version: $v, members: 3 }) { household { id } } }`,
        variables: { id, v: version },
      };
    },
  },
  {
    mutation: 'saveBankStatementFormat',
    refused: [
      { as: users.auditor, code: 'FORBIDDEN' },
      { as: users.developer, code: 'FORBIDDEN' },
    ],
    allowed: users.staffCaoBang,
    async build() {
      return {
        query: `mutation($c: String!) { saveBankStatementFormat(input: { code: $c, name: "Ngân hàng Thử", dateColumn: "Ngày", dateFormat: DMY, creditColumn: "Có", descriptionColumn: "Nội dung", referenceColumn: "Mã GD" }) { format { id } } }`,
        variables: { c: `T${unique()}` },
      };
    },
  },
  {
    mutation: 'startStatementImport',
    refused: [
      { as: users.staffKhanhHoa, code: 'FORBIDDEN' },
      { as: users.auditor, code: 'FORBIDDEN' },
    ],
    allowed: users.staffCaoBang,
    async build(s) {
      return {
        query: `mutation($f: ID!) { startStatementImport(input: { fundId: $f, formatCode: "VCB", fileName: "sao-ke.csv" }) { statementImport { id } } }`,
        variables: { f: await fundId(s, 'QVNN-HA-QUANG') },
      };
    },
  },
  {
    mutation: 'commitStatementImport',
    refused: [
      { as: users.staffKhanhHoa, code: 'NOT_FOUND' },
      { as: users.auditor, code: 'FORBIDDEN' },
    ],
    allowed: users.staffCaoBang,
    async build(s) {
      const started = await startImport(s, users.staffCaoBang, await fundId(s, 'QVNN-HA-QUANG'));
      await uploadStatement(
        s,
        users.staffCaoBang,
        started.id,
        vcbCsv([['17/10/2025', `MX${unique()}`, '', '100000', 'Ủng hộ']]),
      );
      return {
        query: `mutation($id: ID!) { commitStatementImport(input: { id: $id }) { statementImport { id } } }`,
        variables: { id: started.id },
      };
    },
  },
  ...reportFactCases(),
  {
    mutation: 'cancelStatementImport',
    refused: [
      { as: users.staffKhanhHoa, code: 'NOT_FOUND' },
      { as: users.auditor, code: 'FORBIDDEN' },
    ],
    allowed: users.staffCaoBang,
    async build(s) {
      const started = await startImport(s, users.staffCaoBang, await fundId(s, 'QVNN-HA-QUANG'));
      return {
        query: `mutation($id: ID!) { cancelStatementImport(input: { id: $id }) { statementImport { id } } }`,
        variables: { id: started.id },
      };
    },
  },
  {
    mutation: 'logout',
    refused: [],
    // Not the auditor: the ledger check after each test reads as the auditor, on its cached session.
    allowed: users.emulationCaoBang,
    async build() {
      return { query: `mutation { logout { loggedOut } }`, variables: {} };
    },
  },
  {
    mutation: 'login',
    refused: [],
    allowed: '',
    async build() {
      return {
        query: `mutation { login(input: { email: "${users.emulationCaoBang}", password: "chungtay-demo-2025" }) { token } }`,
        variables: {},
      };
    },
  },
];

describe('every mutation is authorized and audited', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  const auditCount = async (operation: string) =>
    (
      await server.ok(
        `query($o: String!) { auditEvents(filter: { operation: $o }) { totalCount } }`,
        { o: operation },
        { as: users.admin },
      )
    ).auditEvents.totalCount as number;

  for (const c of cases) {
    it(`${c.mutation}: not logged in → not allowed → allowed, audited`, async () => {
      const { query, variables } = await c.build(server);
      const before = await auditCount(c.mutation);
      if (c.mutation !== 'login') {
        const anonymous = await server.gql(query, variables, { as: null });
        expect(anonymous.errors?.[0]?.extensions?.code, 'anonymous').toBe('UNAUTHENTICATED');
      }
      for (const refused of c.refused) {
        const result = await server.gql(query, variables, { as: refused.as });
        expect(result.errors?.[0]?.extensions?.code, String(refused.as)).toBe(refused.code);
      }
      expect(await auditCount(c.mutation), 'refused calls write nothing').toBe(before);
      const ok = await server.gql(query, variables, { as: c.allowed || null });
      expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
      expect(await auditCount(c.mutation)).toBeGreaterThan(before);
    });
  }

  it('leaves no mutation of the schema out of this matrix', async () => {
    const schema = await server.ok<IntrospectionQuery>(getIntrospectionQuery());
    const mutationType = schema.__schema.types.find((t) => t.name === 'Mutation');
    const names = mutationType && 'fields' in mutationType ? mutationType.fields.map((f) => f.name) : [];
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => !cases.some((c) => c.mutation === n))).toEqual([]);
  });
});

/**
 * The report facts (plans, activities, exemplars, reported figures) are kept by the Front staff of
 * their unit, under a campaign: create, update and delete each, on Hà Quảng's campaign.
 */
function reportFactCases(): Case[] {
  const refused = [
    { as: users.staffKhanhHoa, code: 'FORBIDDEN' },
    { as: users.emulationCaoBang, code: 'FORBIDDEN' },
  ];
  const hq = (s: TestServer) => campaignId(s, 'HQ-2016-2020');
  const kinds = [
    {
      name: 'CampaignPlan',
      field: 'plan',
      input: async (s: TestServer) =>
        `{ campaignId: "${await hq(s)}", kind: POOR_RATE_REDUCTION, fromYear: 2021, toYear: 2025, minPointsPerYear: "3", maxPointsPerYear: "4" }`,
      update: 'note: "Theo Nghị quyết HĐND huyện"',
    },
    {
      name: 'CampaignActivity',
      field: 'activity',
      input: async (s: TestServer) =>
        `{ campaignId: "${await hq(s)}", kind: BANNER, count: 12, fromYear: 2019, note: "Băng rôn ${unique()}" }`,
      update: 'count: 13',
    },
    {
      name: 'Exemplar',
      field: 'exemplar',
      input: async (s: TestServer) =>
        `{ campaignId: "${await hq(s)}", kind: PERSON, name: "Ông Nông Văn ${unique()}" }`,
      update: 'replicated: true, replicationCount: 2',
    },
    {
      name: 'ReportedFigure',
      field: 'figure',
      input: async (s: TestServer) =>
        `{ campaignId: "${await hq(s)}", label: "Số liệu ${unique()}", measure: COUNT, count: "7", countUnit: "hộ" }`,
      update: 'count: "8"',
    },
  ];
  const create = async (s: TestServer, k: (typeof kinds)[number]) => {
    const data = await s.ok(
      `mutation { create${k.name}(input: ${await k.input(s)}) { ${k.field} { id } } }`,
      undefined,
      {
        as: users.staffCaoBang,
      },
    );
    return data[`create${k.name}`][k.field].id as string;
  };
  return kinds.flatMap((k) => [
    {
      mutation: `create${k.name}`,
      refused,
      allowed: users.staffCaoBang,
      async build(s: TestServer) {
        return {
          query: `mutation { create${k.name}(input: ${await k.input(s)}) { ${k.field} { id } } }`,
          variables: {},
        };
      },
    },
    {
      mutation: `update${k.name}`,
      refused,
      allowed: users.staffCaoBang,
      async build(s: TestServer) {
        return {
          query: `mutation($id: ID!) { update${k.name}(input: { id: $id, ${k.update} }) { ${k.field} { id } } }`,
          variables: { id: await create(s, k) },
        };
      },
    },
    {
      mutation: `delete${k.name}`,
      refused,
      allowed: users.staffCaoBang,
      async build(s: TestServer) {
        return {
          query: `mutation($id: ID!) { delete${k.name}(input: { id: $id }) { id } }`,
          variables: { id: await create(s, k) },
        };
      },
    },
  ]);
}
