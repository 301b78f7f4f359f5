// What the admin panel needs around support: households edited under optimistic locking, support
// listed by fund and household with the household's personal data redacted outside its scope,
// and who promised a pledge.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { errorSummary, unitId } from '../support/fixtures.js';
import { donationInput, expectLedgerAddsUp, fundId, RECORD_DONATION } from '../support/money.js';

const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id version } } }`;
const UPDATE = `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { household { id version headName address members ethnicMinority } } }`;

describe('households and support lists', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ actAs: users.staffKhanhHoa });
  });
  afterAll(() => server?.close());
  afterEach(() => expectLedgerAddsUp(server));

  it('changes a household, and refuses a change made from a stale copy with CONFLICT', async () => {
    const phuocBinh = await unitId(server, '584');
    const made = (await server.ok(REGISTER, { input: { headName: 'Chamaléa Thị Mai', unitId: phuocBinh } }))
      .registerHousehold.household;
    const first = await server.ok(UPDATE, {
      input: { id: made.id, version: made.version, address: 'Thôn Đá Ba Cái', members: 4 },
    });
    expect(first.updateHousehold.household).toMatchObject({
      version: made.version + 1,
      headName: 'Chamaléa Thị Mai',
      address: 'Thôn Đá Ba Cái',
      members: 4,
    });
    const stale = await server.gql(UPDATE, { input: { id: made.id, version: made.version, members: 6 } });
    expect(errorSummary(stale)).toEqual([{ code: 'CONFLICT', fields: ['version'] }]);
    const cleared = await server.ok(UPDATE, { input: { id: made.id, version: made.version + 1, address: null } });
    expect(cleared.updateHousehold.household).toMatchObject({ address: null, members: 4 });
    // Outside its unit, the household does not exist.
    const other = await server.gql(UPDATE, { input: { id: made.id, members: 2 } }, { as: users.staffCaoBang });
    expect(errorSummary(other)[0]?.code).toBe('NOT_FOUND');
  });

  it('lists support by fund and household; the household is redacted for readers outside personal data', async () => {
    const bacAi = await fundId(server, 'QVNN-BAC-AI');
    const phuocBinh = await unitId(server, '584');
    const household = (await server.ok(REGISTER, { input: { headName: 'Pinăng Văn Ba', unitId: phuocBinh } }))
      .registerHousehold.household;
    await server.ok(RECORD_DONATION, { input: donationInput(bacAi, { amount: '5000000' }) });
    const given = await server.ok(
      `mutation($input: DisburseSupportInput!) { disburseSupport(input: $input) { support { id } } }`,
      {
        input: {
          idempotencyKey: randomUUID(),
          fundId: bacAi,
          householdId: household.id,
          purpose: 'TET_GIFTS',
          supportedOn: '2025-01-20',
          amount: '1500000',
          decisionRef: '12/QĐ-MTTQ',
        },
      },
    );
    const supportId = given.disburseSupport.support.id;
    const LIST = `query($f: SupportFilter) { supports(filter: $f) { totalCount nodes { id amount purpose household { headName } fund { code } } } }`;
    const byHousehold = await server.ok(LIST, { f: { householdId: household.id } });
    expect(byHousehold.supports).toEqual({
      totalCount: 1,
      nodes: [
        {
          id: supportId,
          amount: '1500000',
          purpose: 'TET_GIFTS',
          household: { headName: 'Pinăng Văn Ba' },
          fund: { code: 'QVNN-BAC-AI' },
        },
      ],
    });
    const byFund = await server.ok(LIST, { f: { fundId: bacAi, purpose: 'TET_GIFTS' } });
    expect(byFund.supports.nodes.map((n: { id: string }) => n.id)).toContain(supportId);

    // An administrator reads money, not personal data: the support, with its household withheld and why.
    const ONE = `query($id: ID!) { support(id: $id) { id amount household { headName } } }`;
    const admin = await server.gql<any>(ONE, { id: supportId }, { as: users.admin });
    expect(admin.data.support).toEqual({ id: supportId, amount: '1500000', household: null });
    expect((admin as { extensions?: { redacted?: unknown } }).extensions?.redacted).toEqual([
      expect.objectContaining({ path: 'support.household', reason: 'PERSONAL_DATA' }),
    ]);
    // Front staff of another province do not see the support at all.
    const other = await server.ok(
      `query($id: ID!) { support(id: $id) { id } supports { totalCount nodes { fund { code } } } }`,
      {
        id: supportId,
      },
      { as: users.staffCaoBang },
    );
    expect(other.support).toBeNull();
    expect(other.supports.nodes.map((n: { fund: { code: string } }) => n.fund.code)).not.toContain('QVNN-BAC-AI');
    expect(
      errorSummary(await server.gql(`{ supports { totalCount } }`, undefined, { as: users.developer }))[0]?.code,
    ).toBe('FORBIDDEN');
  });

  it('names who promised a pledge', async () => {
    const ninhThuan = await fundId(server, 'QVNN-NINH-THUAN');
    const phanRang = await unitId(server, '58');
    const donor = (
      await server.ok(
        `mutation($u: ID!) { registerDonor(input: { kind: BUSINESS, displayName: "Công ty Muối Cà Ná", unitId: $u }) { donor { id displayName } } }`,
        { u: phanRang },
      )
    ).registerDonor.donor;
    const pledged = await server.ok(
      `mutation($input: RecordPledgeInput!) { recordPledge(input: $input) { pledge { donor { id displayName } } } }`,
      {
        input: {
          idempotencyKey: randomUUID(),
          fundId: ninhThuan,
          donorId: donor.id,
          amount: '2000000',
          pledgedOn: '2025-10-17',
        },
      },
    );
    expect(pledged.recordPledge.pledge.donor).toEqual(donor);
  });
});
