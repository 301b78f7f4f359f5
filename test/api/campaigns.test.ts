import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { campaignId, errorSummary, organizationId, unitId } from '../support/fixtures.js';

const CREATE = `mutation($input: CreateCampaignInput!) {
  createCampaign(input: $input) { campaign { id code name status startsOn endsOn moneyTarget
    launchingDocument { number issuedOn issuer } organizer { name } scopeUnit { code } parent { code } } }
}`;

describe('campaigns', () => {
  let server: TestServer;
  let caoBang: string;
  let haQuang: string;
  let frontCaoBang: string;
  beforeAll(async () => {
    server = await startTestServer({ actAs: users.admin });
    caoBang = await unitId(server, '04');
    haQuang = await unitId(server, '045');
    frontCaoBang = await organizationId(server, 'mat tran to quoc viet nam tinh cao bang');
  });
  afterAll(() => server?.close());

  it('finds the Ninh Thuận movement by typing "ninh thuan", with its parent and document', async () => {
    const data = await server.ok(`{
      campaigns(filter: { q: "ninh thuan" }) {
        totalCount
        nodes { code name launchingDocument { number issuedOn } parent { code } scopeUnit { name today { name } } }
      }
    }`);
    expect(data.campaigns.totalCount).toBeGreaterThanOrEqual(1);
    const movement = data.campaigns.nodes.find((c: { code: string }) => c.code === 'NT-2016-2020');
    expect(movement).toMatchObject({
      launchingDocument: { number: '4492/KH-UBND', issuedOn: '2017-10-27' },
      parent: { code: 'VNN-2016-2020' },
      scopeUnit: { name: 'Tỉnh Ninh Thuận', today: [{ name: 'Tỉnh Khánh Hòa' }] },
    });
    for (const c of data.campaigns.nodes)
      expect(c.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toMatch(/ninh thuan|4492/);
  });

  it('nests national → provincial → district campaigns', async () => {
    const data = await server.ok(
      `{ campaign(code: "VNN-2016-2020") { launchingDocument { number issuer } children { code children { code } } } }`,
    );
    expect(data.campaign.launchingDocument).toEqual({ number: '1258/QĐ-TTg', issuer: 'Thủ tướng Chính phủ' });
    const cb = data.campaign.children.find((c: { code: string }) => c.code === 'CB-2016-2020');
    expect(cb.children.map((c: { code: string }) => c.code)).toContain('HQ-2016-2020');
  });

  it('filters by unit (historical units included), status, kind and period, with totals', async () => {
    const khanhHoa = await unitId(server, '56');
    const inKhanhHoa = await server.ok(
      `query($u: ID!) { campaigns(filter: { unitId: $u }) { totalCount nodes { code } } }`,
      { u: khanhHoa },
    );
    expect(inKhanhHoa.campaigns.nodes.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['NT-2016-2020', 'BA-406-DA']),
    );
    const active = await server.ok(`{ campaigns(filter: { status: ACTIVE }, limit: 100) { nodes { status } } }`);
    expect(active.campaigns.nodes.every((c: { status: string }) => c.status === 'ACTIVE')).toBe(true);
    const in2023 = await server.ok(
      `{ campaigns(filter: { period: { from: "2023-01-01", to: "2023-12-31" } }, limit: 100) { nodes { code startsOn endsOn } } }`,
    );
    for (const c of in2023.campaigns.nodes) {
      expect(c.startsOn <= '2023-12-31').toBe(true);
      expect(c.endsOn === null || c.endsOn >= '2023-01-01').toBe(true);
    }
    expect(in2023.campaigns.nodes.map((c: { code: string }) => c.code)).toContain('VNN-2021-2025');
    expect(in2023.campaigns.nodes.map((c: { code: string }) => c.code)).not.toContain('NT-2016-2020');
  });

  it('pages with a stable order and the total count', async () => {
    const all = await server.ok(
      `{ campaigns(orderBy: { field: NAME, direction: ASC }, limit: 100) { totalCount nodes { code name } } }`,
    );
    const names = all.campaigns.nodes.map((c: { name: string }) => c.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const page2 = await server.ok(
      `{ campaigns(orderBy: { field: NAME, direction: ASC }, offset: 2, limit: 3) { totalCount offset limit nodes { code } } }`,
    );
    expect(page2.campaigns).toMatchObject({ totalCount: all.campaigns.totalCount, offset: 2, limit: 3 });
    expect(page2.campaigns.nodes.map((c: { code: string }) => c.code)).toEqual(
      all.campaigns.nodes.slice(2, 5).map((c: { code: string }) => c.code),
    );
    const tooMany = await server.gql(`{ campaigns(limit: 1000) { totalCount } }`);
    expect(errorSummary(tooMany)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['limit'] }]);
  });

  it('creates a campaign under its parent and edits its target to 19.000.000.000 ₫ exactly', async () => {
    const parent = await campaignId(server, 'CB-2016-2020');
    const created = await server.ok(CREATE, {
      input: {
        code: 'HQ-TET-2020',
        kind: 'TET_CARE',
        name: '  Tết vì người nghèo huyện Hà Quảng 2020 ',
        startsOn: '2020-01-01',
        endsOn: '2020-01-31',
        document: { number: '15/KH-MTTQ', issuedOn: '2019-12-10', issuer: 'Ủy ban MTTQ huyện Hà Quảng' },
        organizerId: frontCaoBang,
        scopeUnitId: haQuang,
        parentId: parent,
        moneyTarget: '500000000',
      },
    });
    const campaign = created.createCampaign.campaign;
    expect(campaign).toMatchObject({
      code: 'HQ-TET-2020',
      name: 'Tết vì người nghèo huyện Hà Quảng 2020',
      status: 'PLANNED',
      moneyTarget: '500000000',
      launchingDocument: { number: '15/KH-MTTQ', issuedOn: '2019-12-10' },
      scopeUnit: { code: '045' },
      parent: { code: 'CB-2016-2020' },
    });
    const updated = await server.ok(
      `mutation($id: ID!) { updateCampaign(input: { id: $id, moneyTarget: "19000000000", status: ACTIVE }) { campaign { moneyTarget status } } }`,
      { id: campaign.id },
    );
    expect(updated.updateCampaign.campaign).toEqual({ moneyTarget: '19000000000', status: 'ACTIVE' });
    const found = await server.ok(
      `{ campaigns(filter: { q: "tet vi nguoi ngheo ha quang" }) { nodes { code moneyTarget } } }`,
    );
    expect(found.campaigns.nodes).toEqual([{ code: 'HQ-TET-2020', moneyTarget: '19000000000' }]);
  });

  it('explains bad campaigns on the right field and writes nothing', async () => {
    const ninhThuanMovement = await campaignId(server, 'NT-2016-2020');
    const base = {
      kind: 'FUNDRAISING_DRIVE',
      name: 'Đợt vận động',
      startsOn: '2024-10-17',
      organizerId: frontCaoBang,
      scopeUnitId: caoBang,
    };
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['an empty name', { ...base, code: 'X-1', name: ' ' }, 'BAD_USER_INPUT', 'name'],
      ['an end before the start', { ...base, code: 'X-2', endsOn: '2024-10-01' }, 'BAD_USER_INPUT', 'endsOn'],
      ['an unknown organizer', { ...base, code: 'X-3', organizerId: '987654' }, 'BAD_USER_INPUT', 'organizerId'],
      ['a malformed unit id', { ...base, code: 'X-4', scopeUnitId: 'abc' }, 'BAD_USER_INPUT', 'scopeUnitId'],
      [
        'a parent in another province',
        { ...base, code: 'X-5', parentId: ninhThuanMovement },
        'BAD_USER_INPUT',
        'parentId',
      ],
      ['a code already used', { ...base, code: 'NT-2016-2020' }, 'CONFLICT', 'code'],
      ['a lower-case code', { ...base, code: 'x-6' }, 'BAD_USER_INPUT', 'code'],
    ];
    const before = await server.ok(`{ campaigns { totalCount } }`);
    for (const [label, input, code, field] of cases) {
      const result = await server.gql(CREATE, { input });
      expect(errorSummary(result), label).toEqual([{ code, fields: [field] }]);
    }
    const after = await server.ok(`{ campaigns { totalCount } }`);
    expect(after.campaigns.totalCount).toBe(before.campaigns.totalCount);
  });

  it('speaks Vietnamese by default and English when asked', async () => {
    const input = {
      code: 'X-7',
      kind: 'PEAK_MONTH',
      name: 'Tháng cao điểm',
      startsOn: '2024-11-18',
      endsOn: '2024-10-17',
      organizerId: frontCaoBang,
      scopeUnitId: caoBang,
    };
    const vi = await server.gql(CREATE, { input });
    expect(vi.errors?.[0]?.message).toBe('Ngày kết thúc (2024-10-17) không được trước ngày bắt đầu (2024-11-18)');
    const en = await server.gql(CREATE, { input }, { locale: 'en' });
    expect(en.errors?.[0]?.message).toBe('The end date (2024-10-17) cannot be before the start date (2024-11-18)');
    expect(en.errors?.[0]?.extensions?.fields).toEqual([{ field: 'endsOn', message: en.errors?.[0]?.message }]);
  });

  it('refuses to put a campaign under its own child', async () => {
    const national = await campaignId(server, 'VNN-2016-2020');
    const provincial = await campaignId(server, 'CB-2016-2020');
    const result = await server.gql(
      `mutation($id: ID!, $p: ID!) { updateCampaign(input: { id: $id, parentId: $p }) { campaign { id } } }`,
      {
        id: national,
        p: provincial,
      },
    );
    expect(errorSummary(result)[0]?.code).toBe('BAD_USER_INPUT');
    const missing = await server.gql(
      `mutation { updateCampaign(input: { id: "424242", name: "x" }) { campaign { id } } }`,
    );
    expect(errorSummary(missing)).toEqual([{ code: 'NOT_FOUND', fields: ['id'] }]);
  });

  it('refuses an update made from a stale copy (optimistic locking)', async () => {
    const id = await campaignId(server, 'TN-490-2020');
    const seen = (await server.ok(`query($id: ID!) { campaign(id: $id) { version } }`, { id })).campaign.version;
    const UPDATE = `mutation($id: ID!, $v: Int, $n: String) { updateCampaign(input: { id: $id, version: $v, description: $n }) { campaign { version description } } }`;
    const first = await server.ok(UPDATE, { id, v: seen, n: 'Bản sửa thứ nhất' });
    expect(first.updateCampaign.campaign).toEqual({ version: seen + 1, description: 'Bản sửa thứ nhất' });
    const stale = await server.gql(UPDATE, { id, v: seen, n: 'Bản sửa từ bản cũ' }, { locale: 'en' });
    expect(errorSummary(stale)).toEqual([{ code: 'CONFLICT', fields: ['version'] }]);
    expect(stale.errors?.[0]?.message).toMatch(/reload/);
    const now = await server.ok(`query($id: ID!) { campaign(id: $id) { description } }`, { id });
    expect(now.campaign.description).toBe('Bản sửa thứ nhất');
  });
});
