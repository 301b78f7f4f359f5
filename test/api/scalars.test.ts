import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { campaignId } from '../support/fixtures.js';

const SET_TARGET = `mutation($id: ID!, $target: Money) {
  updateCampaign(input: { id: $id, moneyTarget: $target }) { campaign { moneyTarget } }
}`;

describe('Money, Date, DateTime and Decimal scalars', () => {
  let server: TestServer;
  let id: string;
  beforeAll(async () => {
    server = await startTestServer({ actAs: users.admin });
    id = await campaignId(server, 'BA-406-DA');
  });
  afterAll(() => server?.close());

  it('reads the Bác Ái cow project target of 19,000,000,000 VND exactly, as a string', async () => {
    const data = await server.ok(`{ campaign(code: "BA-406-DA") { moneyTarget } }`);
    expect(data.campaign.moneyTarget).toBe('19000000000');
  });

  it.each([
    ['a string of digits', '19000000000', '19000000000'],
    ['a JSON integer beyond 32 bits', 19_000_000_000, '19000000000'],
    ['10^15 VND', '1000000000000000', '1000000000000000'],
    ['the largest bigint', '9223372036854775807', '9223372036854775807'],
  ])('round-trips %s exactly', async (_label, target, expected) => {
    const data = await server.ok(SET_TARGET, { id, target });
    expect(data.updateCampaign.campaign.moneyTarget).toBe(expected);
    const again = await server.ok(`query($id: ID!) { campaign(id: $id) { moneyTarget } }`, { id });
    expect(again.campaign.moneyTarget).toBe(expected);
  });

  it.each([
    ['a fraction', 1.5, /whole number/],
    ['formatted text', '19.000.000.000', /digits/],
    ['a word', 'nineteen', /digits/],
    ['a number past 2^53 that already lost digits', 2 ** 60, /string of digits/],
    ['a value past the 64-bit range', '9223372036854775808', /out of range/],
    ['a boolean', true, /string of digits or an integer/],
  ])('rejects %s with BAD_USER_INPUT and leaves the value alone', async (_label, target, message) => {
    await server.ok(SET_TARGET, { id, target: '19000000000' });
    const result = await server.gql(SET_TARGET, { id, target }, { locale: 'en' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
    const after = await server.ok(`query($id: ID!) { campaign(id: $id) { moneyTarget } }`, { id });
    expect(after.campaign.moneyTarget).toBe('19000000000');
  });

  it('rejects a fraction written in the query text', async () => {
    const result = await server.gql(
      `mutation { updateCampaign(input: { id: "${id}", moneyTarget: 1.5 }) { campaign { id } } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a negative money target on the field', async () => {
    const result = await server.gql(SET_TARGET, { id, target: '-1' }, { locale: 'en' });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'moneyTarget', message: 'The money target cannot be negative' }],
    });
  });

  it('takes calendar dates as YYYY-MM-DD and refuses days that do not exist', async () => {
    const ok = await server.ok(
      `mutation($id: ID!) { updateCampaign(input: { id: $id, endsOn: "2020-12-31" }) { campaign { endsOn } } }`,
      { id },
    );
    expect(ok.updateCampaign.campaign.endsOn).toBe('2020-12-31');
    for (const bad of ['2025-02-30', '31/12/2020', '2020-12-31T00:00:00Z']) {
      const result = await server.gql(
        `mutation($id: ID!, $d: Date) { updateCampaign(input: { id: $id, endsOn: $d }) { campaign { id } } }`,
        {
          id,
          d: bad,
        },
      );
      expect(result.errors?.[0]?.extensions?.code, bad).toBe('BAD_USER_INPUT');
    }
  });

  it('shows instants in Asia/Ho_Chi_Minh', async () => {
    const data = await server.ok(`{ campaign(code: "BA-406-DA") { createdAt updatedAt } }`);
    expect(data.campaign.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    const shown = Date.parse(data.campaign.updatedAt);
    expect(Math.abs(Date.now() - shown)).toBeLessThan(5 * 60_000);
  });

  it('keeps percentage points exact as a Decimal string', async () => {
    const data = await server.ok(
      `mutation($id: ID!) { updateCampaign(input: { id: $id, povertyReductionTarget: "1.92" }) { campaign { povertyReductionTarget } } }`,
      { id },
    );
    expect(data.updateCampaign.campaign.povertyReductionTarget).toBe('1.92');
    const bad = await server.gql(
      `mutation($id: ID!) { updateCampaign(input: { id: $id, povertyReductionTarget: "1.925" }) { campaign { id } } }`,
      { id },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
