import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { campaignId, errorSummary, unitId } from '../support/fixtures.js';

const SET_TARGET = `mutation($id: ID!) { updateCampaign(input: { id: $id, moneyTarget: "19000000000" }) { campaign { moneyTarget } } }`;
const DONORS = `query($q: String!) { donors(filter: { q: $q }) { totalCount nodes { displayName contact { phone } } } }`;

describe('who may do what, scoped to units and the 2025 mergers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('lets Cao Bằng Front staff edit Cao Bằng campaigns, and forbids Khánh Hòa’s', async () => {
    const caoBang = await campaignId(server, 'CB-2016-2020');
    const ninhThuan = await campaignId(server, 'NT-2016-2020');
    const anonymous = await server.gql(SET_TARGET, { id: caoBang });
    expect(errorSummary(anonymous)).toEqual([{ code: 'UNAUTHENTICATED', fields: [] }]);
    const own = await server.ok(SET_TARGET, { id: caoBang }, { as: users.staffCaoBang });
    expect(own.updateCampaign.campaign.moneyTarget).toBe('19000000000');
    const other = await server.gql(SET_TARGET, { id: ninhThuan }, { as: users.staffCaoBang });
    expect(errorSummary(other)).toEqual([{ code: 'FORBIDDEN', fields: [] }]);
    expect(other.data).toBeNull();
  });

  it('covers former Ninh Thuận with a grant on today’s Khánh Hòa', async () => {
    const ninhThuan = await campaignId(server, 'NT-2016-2020');
    const cows = await campaignId(server, 'BA-406-DA');
    for (const id of [ninhThuan, cows]) {
      const result = await server.ok(SET_TARGET, { id }, { as: users.staffKhanhHoa });
      expect(result.updateCampaign.campaign.moneyTarget).toBe('19000000000');
    }
  });

  it('shows a donor’s phone only to Front staff and auditors of the donor’s unit', async () => {
    const phoneOf = async (as: string | null) => {
      const result = await server.gql<{ donors: { nodes: { contact: { phone: string } | null }[] } }>(
        DONORS,
        { q: 'cong ty vi du chan nuoi' },
        { as },
      );
      return result;
    };
    const khanhHoa = await phoneOf(users.staffKhanhHoa);
    expect(khanhHoa.data?.donors.nodes).toEqual([
      { displayName: 'Công ty TNHH Ví Dụ Chăn nuôi Phan Rang', contact: { phone: '0900000100' } },
    ]);
    const auditor = await phoneOf(users.auditor);
    expect(auditor.data?.donors.nodes[0]?.contact).toEqual({ phone: '0900000100' });
    // Cao Bằng staff do not even see the Khánh Hòa donor: lists hold only what one may see.
    const caoBang = await phoneOf(users.staffCaoBang);
    expect(caoBang.data?.donors).toEqual({ totalCount: 0, nodes: [] });
    // An administrator sees the donor but not the personal data, and is told why, with no error.
    const admin = await phoneOf(users.admin);
    expect(admin.errors).toBeUndefined();
    expect(admin.data?.donors.nodes[0]?.contact).toBeNull();
    expect((admin as { extensions?: unknown }).extensions).toMatchObject({
      redacted: [{ path: 'donors.nodes.0.contact', reason: 'PERSONAL_DATA' }],
    });
  });

  it('keeps donors from developers and the public altogether', async () => {
    for (const as of [null, users.developer, users.emulationCaoBang]) {
      const result = await server.gql(DONORS, { q: 'nguyen' }, { as });
      expect(errorSummary(result)[0]?.code, String(as)).toBe(as ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
  });

  it('answers a donor outside one’s scope as not found, not forbidden', async () => {
    const data = await server.ok(`{ donors(filter: { q: "cong ty vi du" }) { nodes { id } } }`, undefined, {
      as: users.staffKhanhHoa,
    });
    const id = data.donors.nodes[0].id;
    const other = await server.gql(`query($id: ID!) { donor(id: $id) { id } }`, { id }, { as: users.staffCaoBang });
    expect(other).toEqual({ data: { donor: null } });
  });

  it('keeps reference data public to read and for administrators to change', async () => {
    const anonymous = await server.ok(
      `{ campaigns { totalCount } administrativeUnits { totalCount } organizations { totalCount } }`,
    );
    expect(anonymous.campaigns.totalCount).toBeGreaterThan(0);
    const haQuang = await unitId(server, '045');
    const rename = `mutation($id: ID!) { updateAdministrativeUnit(input: { id: $id, name: "Huyện Hà Quảng" }) { administrativeUnit { name } } }`;
    expect(errorSummary(await server.gql(rename, { id: haQuang }, { as: users.staffCaoBang }))[0]?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await server.ok(rename, { id: haQuang }, { as: users.admin })).updateAdministrativeUnit.administrativeUnit.name,
    ).toBe('Huyện Hà Quảng');
  });

  it('lists user accounts to administrators, by role and unit', async () => {
    const khanhHoa = await unitId(server, '56');
    const data = await server.ok(
      `query($u: ID!) { users(filter: { role: FRONT_STAFF, unitId: $u }, orderBy: { field: EMAIL, direction: ASC }) { totalCount nodes { email grants { role unit { code } } } } }`,
      { u: khanhHoa },
      { as: users.admin },
    );
    expect(data.users).toEqual({
      totalCount: 1,
      nodes: [{ email: users.staffKhanhHoa, grants: [{ role: 'FRONT_STAFF', unit: { code: '56' } }] }],
    });
    const refused = await server.gql(`{ users { totalCount } }`, undefined, { as: users.auditor });
    expect(errorSummary(refused)[0]?.code).toBe('FORBIDDEN');
  });
});
