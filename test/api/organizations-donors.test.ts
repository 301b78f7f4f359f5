import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';
import { errorSummary, organizationId, unitId } from '../support/fixtures.js';

const REGISTER = `mutation($input: RegisterDonorInput!) {
  registerDonor(input: $input) { donor { id displayName publicName anonymous publicConsent unit { code } contact { phone email address taxCode } } }
}`;

describe('organizations', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ actAs: users.admin });
  });
  afterAll(() => server?.close());

  it('lists Front committees under Cao Bằng with their parents and units', async () => {
    const caoBang = await unitId(server, '04');
    const data = await server.ok(
      `query($u: ID!) { organizations(filter: { unitId: $u, kind: FRONT_COMMITTEE }) { totalCount nodes { name unit { name } parent { name } } } }`,
      { u: caoBang },
    );
    expect(data.organizations.totalCount).toBeGreaterThanOrEqual(2);
    const names = data.organizations.nodes.map((o: { name: string }) => o.name);
    expect(names.some((n: string) => /Hà Quảng/.test(n))).toBe(true);
    for (const o of data.organizations.nodes) expect(o.name).toMatch(/Mặt trận/);
  });

  it('creates an organization under its provincial parent and refuses a parent from another province', async () => {
    const haQuang = await unitId(server, '045');
    const frontCaoBang = await organizationId(server, 'mat tran to quoc tinh cao bang');
    const frontNinhThuan = await organizationId(server, 'mat tran to quoc tinh ninh thuan');
    const created = await server.ok(
      `mutation($u: ID!, $p: ID!) { createOrganization(input: { kind: MASS_ORGANIZATION, name: "Hội Nông dân huyện Hà Quảng", unitId: $u, parentId: $p }) {
        organization { id name kind unit { code } parent { id } } } }`,
      { u: haQuang, p: frontCaoBang },
    );
    expect(created.createOrganization.organization).toMatchObject({
      kind: 'MASS_ORGANIZATION',
      unit: { code: '045' },
      parent: { id: frontCaoBang },
    });
    const wrongTree = await server.gql(
      `mutation($u: ID!, $p: ID!) { createOrganization(input: { kind: MASS_ORGANIZATION, name: "Hội Cựu chiến binh huyện Hà Quảng", unitId: $u, parentId: $p }) { organization { id } } }`,
      { u: haQuang, p: frontNinhThuan },
    );
    expect(errorSummary(wrongTree)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['parentId'] }]);
    const found = await server.ok(`{ organizations(filter: { q: "hoi nong dan ha quang" }) { nodes { name } } }`);
    expect(found.organizations.nodes).toEqual([{ name: 'Hội Nông dân huyện Hà Quảng' }]);
  });
});

describe('donors', () => {
  let server: TestServer;
  let caoBang: string;
  beforeAll(async () => {
    server = await startTestServer({ actAs: users.staffCaoBang });
    caoBang = await unitId(server, '04');
  });
  afterAll(() => server?.close());

  it('registers a donor with a Vietnamese name and contact details, found by "dang van duc"', async () => {
    const decomposed = 'Đặng Văn Đức'.normalize('NFD');
    const data = await server.ok(REGISTER, {
      input: {
        kind: 'INDIVIDUAL',
        displayName: decomposed,
        publicConsent: true,
        unitId: caoBang,
        contact: {
          phone: '0912 345 678',
          email: 'Duc.Dang@Example.vn',
          address: 'Xã Trường Hà, Cao Bằng',
          taxCode: '8012345678',
        },
      },
    });
    const donor = data.registerDonor.donor;
    expect(donor.displayName).toBe('Đặng Văn Đức'.normalize('NFC'));
    expect(donor).toMatchObject({
      publicName: 'Đặng Văn Đức',
      anonymous: false,
      unit: { code: '04' },
      contact: { phone: '0912 345 678', email: 'duc.dang@example.vn', taxCode: '8012345678' },
    });
    for (const q of ['dang van duc', 'ĐẶNG', 'duc dang', 'd']) {
      const found = await server.ok(`query($q: String!) { donors(filter: { q: $q }, limit: 100) { nodes { id } } }`, {
        q,
      });
      expect(
        found.donors.nodes.map((d: { id: string }) => d.id),
        q,
      ).toContain(donor.id);
    }
  });

  it('names a donor publicly only with consent', async () => {
    const noConsent = await server.ok(REGISTER, {
      input: { kind: 'INDIVIDUAL', displayName: 'Lò Thị Mai', unitId: caoBang },
    });
    expect(noConsent.registerDonor.donor).toMatchObject({
      publicName: 'Nhà hảo tâm ẩn danh',
      publicConsent: false,
      contact: null,
    });
    const anonymous = await server.gql(REGISTER, {
      input: { kind: 'INDIVIDUAL', displayName: 'Ẩn danh', anonymous: true, publicConsent: true, unitId: caoBang },
    });
    expect(errorSummary(anonymous)).toEqual([{ code: 'BAD_USER_INPUT', fields: ['publicConsent'] }]);
    const id = noConsent.registerDonor.donor.id;
    const consented = await server.ok(
      `mutation($id: ID!) { updateDonor(input: { id: $id, publicConsent: true }) { donor { publicName } } }`,
      { id },
    );
    expect(consented.updateDonor.donor.publicName).toBe('Lò Thị Mai');
  });

  it('checks contact details field by field', async () => {
    const result = await server.gql(
      REGISTER,
      {
        input: {
          kind: 'BUSINESS',
          displayName: 'Công ty A',
          unitId: caoBang,
          contact: { email: 'not-an-email', taxCode: '12' },
        },
      },
      { locale: 'en' },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field).sort();
    expect(fields).toEqual(['contact.email', 'contact.taxCode']);
    const vi = await server.gql(REGISTER, { input: { kind: 'BUSINESS', displayName: '', unitId: caoBang } });
    expect(vi.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'displayName', message: 'displayName không được để trống' },
    ]);
  });

  it('replaces contact details on update and filters by flags and unit', async () => {
    const created = await server.ok(REGISTER, {
      input: { kind: 'HOUSEHOLD', displayName: 'Hộ ông Nông Văn Sáu', unitId: caoBang },
    });
    const id = created.registerDonor.donor.id;
    const updated = await server.ok(
      `mutation($id: ID!) { updateDonor(input: { id: $id, contact: { phone: "0987654321" } }) { donor { contact { phone email } } } }`,
      { id },
    );
    expect(updated.updateDonor.donor.contact).toEqual({ phone: '0987654321', email: null });
    await server.ok(REGISTER, {
      input: { kind: 'INDIVIDUAL', displayName: 'Một nhà hảo tâm', anonymous: true, unitId: caoBang },
    });
    const anonymousOnly = await server.ok(
      `{ donors(filter: { anonymous: true }, limit: 100) { nodes { anonymous publicName } } }`,
    );
    expect(anonymousOnly.donors.nodes.length).toBeGreaterThan(0);
    for (const d of anonymousOnly.donors.nodes)
      expect(d).toEqual({ anonymous: true, publicName: 'Nhà hảo tâm ẩn danh' });
    const inCaoBang = await server.ok(
      `query($u: ID!) { donors(filter: { unitId: $u }, limit: 100) { nodes { unit { code } } } }`,
      { u: caoBang },
    );
    expect(inCaoBang.donors.nodes.length).toBeGreaterThanOrEqual(3);
  });
});
