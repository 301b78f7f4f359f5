import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { users, type TestServer } from './server.js';

export const RECORD_DONATION = `mutation($input: RecordDonationInput!) {
  recordDonation(input: $input) { donation { id receiptNumber amount status channel entry { id amount medium } } }
}`;

/** The id of a demo fund by its code, e.g. "QVNN-NINH-THUAN". */
export async function fundId(server: TestServer, code: string): Promise<string> {
  const data = await server.ok(`query($q: String!) { funds(filter: { q: $q }) { nodes { id code } } }`, { q: code });
  const fund = data.funds.nodes.find((f: { code: string }) => f.code === code);
  if (!fund) throw new Error(`no demo fund ${code}`);
  return fund.id;
}

export async function fundTotals(server: TestServer, id: string) {
  const data = await server.ok(
    `query($id: ID!) { fund(id: $id) { totals { balance received allocatedIn allocatedOut disbursed goodsOnHand { unit quantity value } } } }`,
    { id },
  );
  return data.fund.totals;
}

export function donationInput(fund: string, overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    fundId: fund,
    donatedOn: '2025-10-17',
    channel: 'CASH',
    amount: '1000000',
    ...overrides,
  };
}

/** The invariant the money tests check after each test: every fund's ledger adds up. */
export async function expectLedgerAddsUp(server: TestServer): Promise<void> {
  const data = await server.ok(`{ ledgerIntegrity { ok funds { fundId problems } } }`, undefined, {
    as: users.auditor,
  });
  expect(data.ledgerIntegrity.funds.filter((f: { problems: string[] }) => f.problems.length)).toEqual([]);
  expect(data.ledgerIntegrity.ok).toBe(true);
}
