import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueries, startTestServer, users, type TestServer } from '../support/server.js';

const NESTED = `query($limit: Int!) {
  campaigns(limit: $limit, orderBy: { field: CODE, direction: ASC }) {
    totalCount
    nodes {
      code
      organizer { name unit { name parent { name parent { name } } } parent { name } }
      scopeUnit { name today { name } }
      parent { code organizer { name } }
      children { code }
    }
  }
}`;

describe('nested fields are batched (no N+1)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('runs as many SQL statements for 10 campaigns as for 2', async () => {
    const small = await countQueries(server, async () => {
      const data = await server.ok(NESTED, { limit: 2 });
      expect(data.campaigns.nodes).toHaveLength(2);
    });
    const large = await countQueries(server, async () => {
      const data = await server.ok(NESTED, { limit: 10 });
      expect(data.campaigns.nodes).toHaveLength(10);
    });
    // One statement per nesting level, whatever the page size. A level may cost nothing when no
    // row on the page reaches it (no grandparent unit), so the counts may differ by a level or
    // two; a per-row (N+1) plan would add dozens.
    // A level costs nothing when no row on the page reaches it (no grandparent unit, no merger to
    // follow), so the counts may differ by the few data-dependent levels. A per-row (N+1) plan
    // would need at least one statement per campaign per relation: 10 × 8 here.
    expect(large).toBeGreaterThan(0);
    expect(Math.abs(large - small)).toBeLessThanOrEqual(4);
    expect(large).toBeLessThanOrEqual(18);
  });

  it('stays within a fixed number of statements for a deep unit tree', async () => {
    const count = await countQueries(server, () =>
      server.ok(
        `{ administrativeUnits(filter: { level: PROVINCE }, limit: 50) { nodes { name parent { name } children { name children { name } } successors { successor { name } } } } }`,
      ),
    );
    expect(count).toBeLessThanOrEqual(8);
  });

  it('sums the totals of a whole page of funds in one statement', async () => {
    const query = `query($limit: Int!) { funds(limit: $limit) { nodes { code totals { balance goodsOnHand { unit } } } } }`;
    const one = await countQueries(server, () => server.ok(query, { limit: 1 }));
    const many = await countQueries(server, () => server.ok(query, { limit: 10 }));
    expect(many).toBe(one);
  });

  it('links a page of ledger entries to their reversals and counterparts in a fixed number of statements', async () => {
    const query = `query($limit: Int!) { ledgerEntries(limit: $limit) { nodes { id reverses { id } reversedBy { id } counterpart { id } fund { code } } } }`;
    await server.ok(query, { limit: 1 }, { as: users.auditor });
    const two = await countQueries(server, () => server.ok(query, { limit: 2 }, { as: users.auditor }));
    const eight = await countQueries(server, () => server.ok(query, { limit: 8 }, { as: users.auditor }));
    expect(eight).toBe(two);
  });
});
