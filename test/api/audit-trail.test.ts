import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { campaignId, errorSummary, unitId } from '../support/fixtures.js';

describe('the audit trail', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('records who changed what, with the values before and after', async () => {
    const id = await campaignId(server, 'CB-2016-2020');
    const before = await server.ok(`query($id: ID!) { campaign(id: $id) { moneyTarget status } }`, { id });
    await server.ok(
      `mutation($id: ID!) { updateCampaign(input: { id: $id, moneyTarget: "19000000000", status: ACTIVE }) { campaign { id } } }`,
      { id },
      { as: users.staffCaoBang },
    );
    const history = await server.ok(
      `query($id: ID!) { campaign(id: $id) { history { actorLabel operation action recordType before after occurredAt } } }`,
      { id },
      { as: users.auditor },
    );
    const [latest] = history.campaign.history;
    expect(latest).toMatchObject({
      actorLabel: users.staffCaoBang,
      operation: 'updateCampaign',
      action: 'update',
      recordType: 'Campaign',
      before: { moneyTarget: before.campaign.moneyTarget, status: before.campaign.status },
      after: { moneyTarget: '19000000000', status: 'ACTIVE' },
    });
    expect(latest.occurredAt).toMatch(/\+07:00$/);
  });

  it('redacts personal data, keeping only the fact that it changed', async () => {
    const unit = await unitId(server, '04');
    const donor = await server.ok(
      `mutation($u: ID!) { registerDonor(input: { kind: INDIVIDUAL, displayName: "Vi Thị Hoa", unitId: $u, contact: { phone: "0933333333", email: "hoa@example.vn" } }) { donor { id } } }`,
      { u: unit },
      { as: users.staffCaoBang },
    );
    const events = await server.ok(
      `{ auditEvents(filter: { recordType: "DonorContact" }) { nodes { action after } } }`,
      undefined,
      { as: users.admin },
    );
    expect(events.auditEvents.nodes[0]).toMatchObject({
      action: 'create',
      after: { phone: '[redacted]', email: '[redacted]', address: null },
    });
    expect(JSON.stringify(events)).not.toContain('0933333333');
    const donorHistory = await server.ok(
      `query($id: ID!) { donor(id: $id) { history { action after } } }`,
      { id: donor.registerDonor.donor.id },
      { as: users.auditor },
    );
    expect(donorHistory.donor.history[0]).toMatchObject({ action: 'create', after: { displayName: 'Vi Thị Hoa' } });
  });

  it('never records password or token hashes', async () => {
    const events = await server.ok(
      `{ auditEvents(filter: { operation: "login" }) { nodes { recordType after } } }`,
      undefined,
      { as: users.admin },
    );
    const text = JSON.stringify(events);
    expect(text).not.toMatch(/argon2|[0-9a-f]{64}/);
    expect(events.auditEvents.nodes.some((n: { recordType: string }) => n.recordType === 'Session')).toBe(true);
  });

  it('is read by auditors and administrators only, auditors within their subtree', async () => {
    for (const as of [users.staffCaoBang, users.developer]) {
      expect(errorSummary(await server.gql(`{ auditEvents { totalCount } }`, undefined, { as }))[0]?.code).toBe(
        'FORBIDDEN',
      );
    }
    expect(errorSummary(await server.gql(`{ auditEvents { totalCount } }`))[0]?.code).toBe('UNAUTHENTICATED');
    const all = await server.ok(`{ auditEvents(limit: 100) { totalCount } }`, undefined, { as: users.admin });
    expect(all.auditEvents.totalCount).toBeGreaterThan(0);
  });

  it('cannot be rewritten: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const em = server.app.orm.em.fork();
    const count = async () => Number((await em.execute(`select count(*) as n from audit_event`))[0]!.n);
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await expect(em.execute(`update audit_event set actor_label = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(em.execute(`delete from audit_event`)).rejects.toThrow(/append-only/);
    await expect(em.execute(`truncate audit_event`)).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
  });

  it('rolls back a failed mutation together with its audit rows', async () => {
    const before = (await server.ok(`{ auditEvents { totalCount } }`, undefined, { as: users.admin })).auditEvents
      .totalCount;
    const unit = await unitId(server, '04');
    const failed = await server.gql(
      `mutation($u: ID!) { registerDonor(input: { kind: INDIVIDUAL, displayName: "Ẩn", anonymous: true, publicConsent: true, unitId: $u }) { donor { id } } }`,
      { u: unit },
      { as: users.staffCaoBang },
    );
    expect(errorSummary(failed)[0]?.code).toBe('BAD_USER_INPUT');
    const after = (await server.ok(`{ auditEvents { totalCount } }`, undefined, { as: users.admin })).auditEvents
      .totalCount;
    expect(after).toBe(before);
  });
});
