import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users } from '../support/server.js';
import { createTestDatabase, databaseKind, type TestDatabase } from '../support/database.js';

const COUNTS = `{
  administrativeUnits(limit: 1) { totalCount }
  organizations(limit: 1) { totalCount }
  campaigns(limit: 1) { totalCount }
  donors(limit: 1) { totalCount }
  commendationForms(limit: 1) { totalCount }
  commendationRules(limit: 1) { totalCount }
  commendationTotals { totalCount }
}`;

describe('demo data from ../shared/seeds', () => {
  let database: TestDatabase;
  let dataDir: string | undefined;
  beforeAll(async () => {
    // A database that outlives one server, so a restart can be checked: a PGlite folder on
    // disk, or a PostgreSQL database.
    if (databaseKind === 'pglite') {
      dataDir = await mkdtemp(path.join(tmpdir(), 'chung-tay-data-'));
      database = { config: { kind: 'pglite', dataDir }, drop: () => rm(dataDir!, { recursive: true, force: true }) };
    } else {
      database = await createTestDatabase();
    }
  });
  afterAll(() => database?.drop());

  it('loads once, survives a restart, and changes nothing when run again', async () => {
    const first = await startTestServer({ database: database.config, seed: true, actAs: users.admin });
    let counts: unknown;
    try {
      counts = await first.ok(COUNTS);
      await first.ok(
        `mutation { createAdministrativeUnit(input: { code: "99999", name: "Xã Còn Lại", level: COMMUNE, parentId: "${(await first.ok(`{ administrativeUnit(code: "045") { id } }`)).administrativeUnit.id}" }) { administrativeUnit { id } } }`,
      );
    } finally {
      await first.close();
    }
    const second = await startTestServer({ database: database.config, seed: true, actAs: users.admin });
    try {
      const after = await second.ok(COUNTS);
      const expected = structuredClone(counts) as { administrativeUnits: { totalCount: number } };
      expected.administrativeUnits.totalCount += 1;
      expect(after).toEqual(expected);
      const kept = await second.ok(`{ administrativeUnits(filter: { q: "xa con lai" }) { nodes { code } } }`);
      expect(kept.administrativeUnits.nodes).toEqual([{ code: '99999' }]);
    } finally {
      await second.close();
    }
  }, 180_000);

  it('holds the facts the seeds state', async () => {
    const server = await startTestServer({ database: database.config, seed: true, actAs: users.admin });
    try {
      const data = await server.ok(`{
        national: campaign(code: "VNN-2016-2020") { launchingDocument { number issuedOn issuer } }
        second: campaign(code: "VNN-2021-2025") { launchingDocument { number issuedOn } }
        cows: campaign(code: "BA-406-DA") { name moneyTarget scopeUnit { name } }
        hue: administrativeUnit(code: "46") { name validFrom predecessors { effectiveOn predecessor { name validTo } } }
        tayNinh: administrativeUnit(code: "80") { name predecessors { effectiveOn predecessor { name } } }
      }`);
      expect(data.national.launchingDocument).toEqual({
        number: '1258/QĐ-TTg',
        issuedOn: '2017-08-21',
        issuer: 'Thủ tướng Chính phủ',
      });
      expect(data.second.launchingDocument).toEqual({ number: '666/QĐ-TTg', issuedOn: '2022-06-02' });
      expect(data.cows).toMatchObject({ moneyTarget: '19000000000', scopeUnit: { name: 'Huyện Bác Ái' } });
      expect(data.cows.name).toMatch(/406/);
      expect(data.hue).toEqual({
        name: 'Thành phố Huế',
        validFrom: '2025-01-01',
        predecessors: [
          { effectiveOn: '2025-01-01', predecessor: { name: 'Tỉnh Thừa Thiên Huế', validTo: '2024-12-31' } },
        ],
      });
      expect(
        data.tayNinh.predecessors.map((p: { predecessor: { name: string } }) => p.predecessor.name).sort(),
      ).toEqual(['Tỉnh Long An', 'Tỉnh Tây Ninh']);
    } finally {
      await server.close();
    }
  });

  it('keeps every campaign inside its parent campaign’s unit and period rules', async () => {
    const server = await startTestServer({ database: database.config, seed: true, actAs: users.admin });
    try {
      const data = await server.ok(
        `{ campaigns(limit: 100) { nodes { code startsOn endsOn parent { code scopeUnit { id } } scopeUnit { id } } } }`,
      );
      for (const c of data.campaigns.nodes) {
        if (c.endsOn) expect(c.startsOn <= c.endsOn, c.code).toBe(true);
        if (!c.parent) continue;
        const under = await server.ok(
          `query($u: ID!) { administrativeUnits(filter: { withinUnitId: $u }, limit: 100) { nodes { id } } }`,
          {
            u: c.parent.scopeUnit.id,
          },
        );
        expect(
          under.administrativeUnits.nodes.map((u: { id: string }) => u.id),
          `${c.code} under ${c.parent.code}`,
        ).toContain(c.scopeUnit.id);
      }
    } finally {
      await server.close();
    }
  });

  it('reproduces the seeds’ money: Hà Quảng’s 114 houses and the Bác Ái cows', async () => {
    const server = await startTestServer({ database: database.config, seed: true, actAs: users.auditor });
    try {
      const funds = await server.ok(`{ funds(limit: 100) { nodes { id code } } }`);
      const id = (code: string) => funds.funds.nodes.find((f: { code: string }) => f.code === code).id;
      const haQuang = await server.ok(
        `query($f: ID!) { fundSummary(fundId: $f, from: "2016-01-01", to: "2020-12-31") { received disbursed disbursedByPurpose { key amount } closingBalance } }`,
        { f: id('QVNN-HA-QUANG') },
      );
      expect(haQuang.fundSummary).toEqual({
        received: '3935745000',
        disbursed: '3935745000',
        disbursedByPurpose: [{ key: 'HOUSE_REPAIR', amount: '3935745000' }],
        closingBalance: '0',
      });
      const cows = await server.ok(`{ campaign(code: "BA-406-DA") { raised { cash inKindValue target } } }`);
      expect(cows.campaign.raised).toEqual({ cash: '0', inKindValue: '19000000000', target: '19000000000' });
      const bacAi = await server.ok(
        `query($f: ID!) { fundSummary(fundId: $f) { goodsReceived { unit quantity value } } }`,
        { f: id('QVNN-BAC-AI') },
      );
      expect(bacAi.fundSummary.goodsReceived).toEqual([{ unit: 'con bò', quantity: '1000', value: '19000000000' }]);
      const integrity = await server.ok(`{ ledgerIntegrity { ok } }`);
      expect(integrity.ledgerIntegrity.ok).toBe(true);
    } finally {
      await server.close();
    }
  });
});
