import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { campaignId, errorSummary, unitId } from '../support/fixtures.js';
import { donationInput, fundId, fundTotals, RECORD_DONATION } from '../support/money.js';

const DISBURSE = `mutation($input: DisburseSupportInput!) {
  disburseSupport(input: $input) { support { id purpose medium amount quantity quantityUnit decisionRef household { headName } unit { name } entry { kind amount } } }
}`;
const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id headName statuses { year status } } } }`;

let keys = 0;
const key = () => `support-${Date.now()}-${keys++}`;

describe('support to households and commune projects', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ actAs: users.staffKhanhHoa });
  });
  afterAll(() => server?.close());

  it('keeps households to the Front staff and auditors of their unit', async () => {
    const phuocBinh = await unitId(server, '584');
    const made = await server.ok(REGISTER, {
      input: { headName: 'Pinăng Thị Hoa', unitId: phuocBinh, members: 5, ethnicMinority: true },
    });
    const id = made.registerHousehold.household.id;
    const status = await server.ok(
      `mutation($id: ID!) { recordHouseholdStatus(input: { householdId: $id, year: 2020, status: POOR }) { household { statuses { year status } } } }`,
      { id },
    );
    expect(status.recordHouseholdStatus.household.statuses).toEqual([{ year: 2020, status: 'POOR' }]);
    const auditor = await server.ok(
      `query($id: ID!) { household(id: $id) { headName } }`,
      { id },
      { as: users.auditor },
    );
    expect(auditor.household.headName).toBe('Pinăng Thị Hoa');
    const other = await server.ok(
      `query($id: ID!) { household(id: $id) { headName } households { totalCount } }`,
      { id },
      { as: users.staffCaoBang },
    );
    expect(other).toEqual({ household: null, households: { totalCount: 0 } });
    for (const as of [users.admin, users.developer]) {
      expect(errorSummary(await server.gql(`{ households { totalCount } }`, undefined, { as }))[0]?.code).toBe(
        'FORBIDDEN',
      );
    }
    const events = await server.ok(
      `{ auditEvents(filter: { recordType: "Household" }) { nodes { after } } }`,
      undefined,
      { as: users.admin },
    );
    expect(JSON.stringify(events)).not.toContain('Pinăng');
  });

  it('repairs houses out of a fund’s cash, never more than it holds, and reports by purpose', async () => {
    const haQuang = await fundId(server, 'QVNN-HA-QUANG');
    const district = await unitId(server, '045');
    const staff = { as: users.staffCaoBang };
    await server.ok(
      RECORD_DONATION,
      { input: donationInput(haQuang, { amount: '3935745000', donatedOn: '2019-06-01' }) },
      staff,
    );
    const before = await fundTotals(server, haQuang);
    const repair = await server.ok(
      DISBURSE,
      {
        input: {
          idempotencyKey: key(),
          fundId: haQuang,
          project: { name: 'Sửa chữa 114 nhà cho hộ nghèo', unitId: district },
          purpose: 'HOUSE_REPAIR',
          supportedOn: '2019-12-01',
          amount: '3935745000',
          decisionRef: '115/QĐ-UBND',
        },
      },
      staff,
    );
    expect(repair.disburseSupport.support).toMatchObject({
      purpose: 'HOUSE_REPAIR',
      amount: '3935745000',
      entry: { kind: 'DISBURSEMENT', amount: '-3935745000' },
    });
    const after = await fundTotals(server, haQuang);
    expect(BigInt(before.balance) - BigInt(after.balance)).toBe(3_935_745_000n);
    const summary = await server.ok(
      `query($f: ID!) { fundSummary(fundId: $f, from: "2019-01-01", to: "2019-12-31") { disbursed disbursedByPurpose { key amount } } }`,
      { f: haQuang },
    );
    expect(summary.fundSummary).toEqual({
      disbursed: '3935745000',
      disbursedByPurpose: [{ key: 'HOUSE_REPAIR', amount: '3935745000' }],
    });
    const overdraw = await server.gql(
      DISBURSE,
      {
        input: {
          idempotencyKey: key(),
          fundId: haQuang,
          project: { name: 'Quà Tết', unitId: district },
          purpose: 'TET_GIFTS',
          supportedOn: '2020-01-20',
          amount: String(BigInt(after.balance) + 1n),
          decisionRef: '1/QĐ',
        },
      },
      staff,
    );
    expect(errorSummary(overdraw)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['amount'] }]);
  });

  it('gives out cows received in kind, never more than the fund holds', async () => {
    const bacAi = await fundId(server, 'QVNN-BAC-AI');
    const cows = await campaignId(server, 'BA-406-DA');
    const district = await unitId(server, '584');
    await server.ok(RECORD_DONATION, {
      input: donationInput(bacAi, {
        campaignId: cows,
        channel: 'IN_KIND',
        amount: '19000000000',
        inKind: { quantity: '1000', unit: 'con bò' },
      }),
    });
    const cashBefore = (await fundTotals(server, bacAi)).balance;
    const give = (quantity: string, value: string) =>
      server.gql<any>(DISBURSE, {
        input: {
          idempotencyKey: key(),
          fundId: bacAi,
          project: { name: 'Đề án 406/ĐA: bò sinh sản cho hộ nghèo', unitId: district },
          purpose: 'PRODUCTION',
          supportedOn: '2020-03-01',
          amount: value,
          inKind: { quantity, unit: 'con bò' },
          decisionRef: '406/ĐA',
          campaignId: cows,
        },
      });
    const first = await give('750', '14250000000');
    expect(first.errors).toBeUndefined();
    expect(first.data.disburseSupport.support).toMatchObject({
      medium: 'IN_KIND',
      quantity: '750',
      quantityUnit: 'con bò',
    });
    const totals = await fundTotals(server, bacAi);
    expect(totals.balance).toBe(cashBefore);
    expect(totals.goodsOnHand.find((g: { unit: string }) => g.unit === 'con bò')).toEqual({
      unit: 'con bò',
      quantity: '250',
      value: '4750000000',
    });
    const tooMany = await give('300', '5700000000');
    expect(errorSummary(tooMany)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['quantity'] }]);
  });

  it('counts the households a project reaches where the money went, and none once it is reversed', async () => {
    const haQuang = await fundId(server, 'QVNN-HA-QUANG');
    const district = await unitId(server, '045');
    const staff = { as: users.staffCaoBang };
    await server.ok(
      RECORD_DONATION,
      { input: donationInput(haQuang, { amount: '50000000', donatedOn: '2025-10-01' }) },
      staff,
    );
    const input = {
      idempotencyKey: key(),
      fundId: haQuang,
      project: { name: 'Bò giống cho 40 hộ nghèo', unitId: district, households: 40 },
      purpose: 'PRODUCTION',
      supportedOn: '2025-10-10',
      amount: '40000000',
      decisionRef: '40/QĐ-UBND',
    };
    const refused = await server.gql(
      DISBURSE,
      { input: { ...input, project: { ...input.project, households: 0 } } },
      staff,
    );
    expect(errorSummary(refused)[0]?.code).toBe('BAD_USER_INPUT');
    const given = await server.ok(
      `mutation($input: DisburseSupportInput!) { disburseSupport(input: $input) { support { projectHouseholds entry { id } } } }`,
      { input },
      staff,
    );
    expect(given.disburseSupport.support.projectHouseholds).toBe(40);
    const went = (to: string | null) =>
      server.ok(
        `query($f: ID!, $to: Date) { whereMoneyWent(filter: { fundId: $f, from: "2025-10-01", to: $to }) { support { unitName purpose cash grants households } } }`,
        { f: haQuang, to },
        { as: null },
      );
    const grant = { unitName: 'Huyện Hà Quảng', purpose: 'PRODUCTION', cash: '40000000', grants: 1, households: 40 };
    expect((await went(null)).whereMoneyWent.support).toEqual([grant]);

    await server.ok(
      `mutation($id: ID!) { reverseLedgerEntry(input: { idempotencyKey: "reach-rev", entryId: $id, reason: "Ghi nhầm dự án" }) { reversal { id } } }`,
      { id: given.disburseSupport.support.entry.id },
      staff,
    );
    // Reversed today: nothing went there after all — yet up to the end of October 2025 it stood.
    expect((await went(null)).whereMoneyWent.support).toEqual([]);
    expect((await went('2025-10-31')).whereMoneyWent.support).toEqual([grant]);
  });

  it('supports only within the fund’s own unit, and only through its staff', async () => {
    const ninhThuan = await fundId(server, 'QVNN-NINH-THUAN');
    const haQuang = await unitId(server, '045');
    await server.ok(RECORD_DONATION, { input: donationInput(ninhThuan, { amount: '1000000' }) });
    const input = {
      idempotencyKey: key(),
      fundId: ninhThuan,
      project: { name: 'Dự án', unitId: haQuang },
      purpose: 'FOOD_RELIEF',
      supportedOn: '2025-10-20',
      amount: '1000',
      decisionRef: '1/QĐ',
    };
    expect(errorSummary(await server.gql(DISBURSE, { input }))).toEqual([
      { code: 'BAD_USER_INPUT', fields: ['project.unitId'] },
    ]);
    expect(
      errorSummary(
        await server.gql(DISBURSE, { input: { ...input, idempotencyKey: key() } }, { as: users.staffCaoBang }),
      )[0]?.code,
    ).toBe('FORBIDDEN');
  });
});
