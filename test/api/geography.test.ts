import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { errorSummary, unitId } from '../support/fixtures.js';

describe('administrative units and the 2025 mergers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ actAs: users.admin });
  });
  afterAll(() => server?.close());

  it('knows that Ninh Thuận is Khánh Hòa today, effective 2025-07-01', async () => {
    const data = await server.ok(`{
      administrativeUnit(code: "58") {
        name isHistorical validTo
        successors { effectiveOn successor { code name } }
        today { code name isHistorical }
      }
    }`);
    expect(data.administrativeUnit).toEqual({
      name: 'Tỉnh Ninh Thuận',
      isHistorical: true,
      validTo: '2025-06-30',
      successors: [{ effectiveOn: '2025-07-01', successor: { code: '56', name: 'Tỉnh Khánh Hòa' } }],
      today: [{ code: '56', name: 'Tỉnh Khánh Hòa', isHistorical: false }],
    });
  });

  it('follows a district that ended to the province that carries it today', async () => {
    const data = await server.ok(
      `{ administrativeUnit(code: "584") { name level isHistorical today { name } ancestors { name } } }`,
    );
    expect(data.administrativeUnit).toMatchObject({ name: 'Huyện Bác Ái', level: 'DISTRICT', isHistorical: true });
    expect(data.administrativeUnit.ancestors.map((u: { name: string }) => u.name)).toEqual([
      'Tỉnh Ninh Thuận',
      'Việt Nam',
    ]);
  });

  it('lists everything under today’s Khánh Hòa, former Ninh Thuận and its districts included', async () => {
    const khanhHoa = await unitId(server, '56');
    const data = await server.ok(
      `query($id: ID!) { administrativeUnits(filter: { withinUnitId: $id }, limit: 100) { totalCount nodes { code name } } }`,
      { id: khanhHoa },
    );
    const names = data.administrativeUnits.nodes.map((u: { name: string }) => u.name);
    expect(names).toEqual(expect.arrayContaining(['Tỉnh Khánh Hòa', 'Tỉnh Ninh Thuận', 'Huyện Bác Ái']));
    expect(names).not.toContain('Tỉnh Cao Bằng');
    expect(data.administrativeUnits.totalCount).toBe(names.length);
  });

  it('can leave historical units out, or ask what was in force on a day', async () => {
    const today = await server.ok(
      `{ administrativeUnits(filter: { level: PROVINCE, includeHistorical: false }, limit: 100) { nodes { name } } }`,
    );
    const current = today.administrativeUnits.nodes.map((u: { name: string }) => u.name);
    expect(current).toContain('Tỉnh Khánh Hòa');
    expect(current).not.toContain('Tỉnh Ninh Thuận');
    const in2020 = await server.ok(
      `{ administrativeUnits(filter: { level: PROVINCE, validOn: "2020-01-01" }, limit: 100) { nodes { name } } }`,
    );
    const then = in2020.administrativeUnits.nodes.map((u: { name: string }) => u.name);
    expect(then).toContain('Tỉnh Ninh Thuận');
    expect(then).toContain('Tỉnh Thừa Thiên Huế');
    expect(then).not.toContain('Thành phố Huế');
  });

  it('finds units by name ignoring case and diacritics', async () => {
    const data = await server.ok(`{ administrativeUnits(filter: { q: "ninh thuan" }) { nodes { name } } }`);
    expect(data.administrativeUnits.nodes.map((u: { name: string }) => u.name)).toContain('Tỉnh Ninh Thuận');
  });

  it('creates a commune under a district, and records its merger into a new commune', async () => {
    const bacAi = await unitId(server, '584');
    const khanhHoa = await unitId(server, '56');
    const created = await server.ok(
      `mutation($parent: ID!) { createAdministrativeUnit(input: { code: "99901", name: "Xã Thử Nghiệm", level: COMMUNE, parentId: $parent }) {
        administrativeUnit { id code name parent { name } isHistorical } } }`,
      { parent: bacAi },
    );
    const oldCommune = created.createAdministrativeUnit.administrativeUnit;
    expect(oldCommune).toMatchObject({ code: '99901', parent: { name: 'Huyện Bác Ái' }, isHistorical: false });
    const successor = await server.ok(
      `mutation($parent: ID!) { createAdministrativeUnit(input: { code: "99902", name: "Xã Thử Nghiệm Mới", level: COMMUNE, parentId: $parent, validFrom: "2025-07-01" }) {
        administrativeUnit { id } } }`,
      { parent: khanhHoa },
    );
    const newId = successor.createAdministrativeUnit.administrativeUnit.id;
    const linked = await server.ok(
      `mutation($from: ID!, $to: ID!) { recordUnitSuccession(input: { predecessorId: $from, successorId: $to, effectiveOn: "2025-07-01", note: "NQ 1667/NQ-UBTVQH15" }) {
        succession { effectiveOn predecessor { validTo isHistorical today { code } } } } }`,
      { from: oldCommune.id, to: newId },
    );
    expect(linked.recordUnitSuccession.succession).toEqual({
      effectiveOn: '2025-07-01',
      predecessor: { validTo: '2025-06-30', isHistorical: true, today: [{ code: '99902' }] },
    });
    const again = await server.gql(
      `mutation($from: ID!, $to: ID!) { recordUnitSuccession(input: { predecessorId: $from, successorId: $to, effectiveOn: "2025-07-01" }) { succession { id } } }`,
      { from: oldCommune.id, to: newId },
    );
    expect(errorSummary(again)).toEqual([{ code: 'CONFLICT', fields: ['successorId'] }]);
  });

  it('explains bad units on the right field', async () => {
    const vn = await unitId(server, 'VN');
    const bacAi = await unitId(server, '584');
    const cases: [string, Record<string, unknown>, string, string][] = [
      [
        'a commune code that is not 5 digits',
        { code: '123', name: 'Xã A', level: 'COMMUNE', parentId: bacAi },
        'BAD_USER_INPUT',
        'code',
      ],
      ['an empty name', { code: '99903', name: '', level: 'COMMUNE', parentId: bacAi }, 'BAD_USER_INPUT', 'name'],
      [
        'a province placed under a district',
        { code: '98', name: 'Tỉnh A', level: 'PROVINCE', parentId: bacAi },
        'BAD_USER_INPUT',
        'parentId',
      ],
      [
        'an unknown parent',
        { code: '99904', name: 'Xã B', level: 'COMMUNE', parentId: '999999' },
        'BAD_USER_INPUT',
        'parentId',
      ],
      [
        'an end before the start',
        { code: '97', name: 'Tỉnh B', level: 'PROVINCE', parentId: vn, validFrom: '2025-07-01', validTo: '2025-01-01' },
        'BAD_USER_INPUT',
        'validTo',
      ],
      ['a code already in use', { code: '58', name: 'Tỉnh C', level: 'PROVINCE', parentId: vn }, 'CONFLICT', 'code'],
    ];
    for (const [label, input, code, field] of cases) {
      const result = await server.gql(
        `mutation($input: CreateAdministrativeUnitInput!) { createAdministrativeUnit(input: $input) { administrativeUnit { id } } }`,
        { input },
      );
      expect(errorSummary(result), label).toEqual([{ code, fields: [field] }]);
      expect(result.data, label).toBeNull();
    }
  });
});
