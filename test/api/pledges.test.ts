import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { campaignId, errorSummary } from '../support/fixtures.js';
import { fundId, fundTotals } from '../support/money.js';

const RECORD = `mutation($input: RecordPledgeInput!) { recordPledge(input: $input) { pledge { id amount status } } }`;
const FULFILL = `mutation($input: FulfillPledgeInput!) { fulfillPledge(input: $input) { donation { id amount receiptNumber status } } }`;

describe('pledges', () => {
  let server: TestServer;
  let fund: string;
  let campaign: string;
  beforeAll(async () => {
    server = await startTestServer({ actAs: users.staffKhanhHoa });
    fund = await fundId(server, 'QVNN-NINH-THUAN');
    campaign = await campaignId(server, 'NT-2016-2020');
  });
  afterAll(() => server?.close());

  const raised = async () =>
    (await server.ok(`query($id: ID!) { campaign(id: $id) { raised { cash pledged } } }`, { id: campaign })).campaign
      .raised;

  it('tracks a promise apart from money, and turns it into a donation when paid', async () => {
    const before = await raised();
    const balance = (await fundTotals(server, fund)).balance;
    const pledge = await server.ok(RECORD, {
      input: {
        idempotencyKey: 'pledge-1',
        fundId: fund,
        campaignId: campaign,
        amount: '50000000',
        pledgedOn: '2020-10-17',
        dueOn: '2020-11-18',
      },
    });
    expect(pledge.recordPledge.pledge).toMatchObject({ amount: '50000000', status: 'OPEN' });
    const open = await raised();
    expect(BigInt(open.pledged) - BigInt(before.pledged)).toBe(50_000_000n);
    expect(open.cash).toBe(before.cash);
    expect((await fundTotals(server, fund)).balance).toBe(balance);

    const paid = await server.ok(FULFILL, {
      input: {
        idempotencyKey: 'pay-1',
        pledgeId: pledge.recordPledge.pledge.id,
        donatedOn: '2020-11-10',
        channel: 'BANK_TRANSFER',
        bankReference: 'FT20315000042',
      },
    });
    expect(paid.fulfillPledge.donation).toMatchObject({ amount: '50000000', status: 'RECEIVED' });
    const after = await raised();
    expect(after.pledged).toBe(before.pledged);
    expect(BigInt(after.cash) - BigInt(before.cash)).toBe(50_000_000n);
    const again = await server.gql(FULFILL, {
      input: {
        idempotencyKey: 'pay-2',
        pledgeId: pledge.recordPledge.pledge.id,
        donatedOn: '2020-11-10',
        channel: 'CASH',
      },
    });
    expect(errorSummary(again)).toEqual([{ code: 'CONFLICT', fields: ['pledgeId'] }]);
  });

  it('cancels an open pledge, which then never counts', async () => {
    const before = await raised();
    const pledge = await server.ok(RECORD, {
      input: {
        idempotencyKey: 'pledge-2',
        fundId: fund,
        campaignId: campaign,
        amount: '7000000',
        pledgedOn: '2020-10-17',
      },
    });
    const cancelled = await server.ok(
      `mutation($id: ID!) { cancelPledge(input: { pledgeId: $id, reason: "Nhà hảo tâm rút lại" }) { pledge { status note } } }`,
      { id: pledge.recordPledge.pledge.id },
    );
    expect(cancelled.cancelPledge.pledge).toEqual({ status: 'CANCELLED', note: 'Nhà hảo tâm rút lại' });
    expect(await raised()).toEqual(before);
    const bad = await server.gql(RECORD, {
      input: { idempotencyKey: 'pledge-3', fundId: fund, amount: '1', pledgedOn: '2020-10-17', dueOn: '2020-10-01' },
    });
    expect(errorSummary(bad)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['dueOn'] }]);
  });
});
