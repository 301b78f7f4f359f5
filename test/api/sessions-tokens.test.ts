import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestServer, users, type TestServer } from '../support/server.js';
import { errorSummary, unitId } from '../support/fixtures.js';

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token expiresAt user { email grants { role unit { code } } } } }`;

async function post(server: TestServer, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { response, body: (await response.json()) as any };
}

describe('login, sessions and API tokens', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('logs in with a bearer token and an HttpOnly, SameSite cookie, and logs out', async () => {
    const { response, body } = await post(server, {
      query: LOGIN,
      variables: { email: 'CANBO.CAOBANG@chungtay.vn', password: DEMO_PASSWORD },
    });
    expect(body.data.login.user).toEqual({
      email: users.staffCaoBang,
      grants: [{ role: 'FRONT_STAFF', unit: { code: '04' } }],
    });
    const token: string = body.data.login.token;
    expect(token).toMatch(/^cts_/);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/ct_session=cts_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);

    const viaCookie = await post(server, { query: '{ me { email } }' }, { cookie: cookie.split(';')[0]! });
    expect(viaCookie.body.data.me).toEqual({ email: users.staffCaoBang });
    const viaBearer = await post(server, { query: '{ me { email } }' }, { authorization: `Bearer ${token}` });
    expect(viaBearer.body.data.me).toEqual({ email: users.staffCaoBang });

    const out = await post(
      server,
      { query: 'mutation { logout { loggedOut } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(out.body.data.logout).toEqual({ loggedOut: true });
    const after = await post(server, { query: '{ me { email } }' }, { authorization: `Bearer ${token}` });
    expect(after.body.data.me).toBeNull();
  });

  it('says nothing about which of email or password was wrong, and slows repeated failures down', async () => {
    const unknown = await server.gql(
      LOGIN,
      { email: 'nobody@chungtay.vn', password: 'whatever-password' },
      { locale: 'en' },
    );
    const wrong = await server.gql(
      LOGIN,
      { email: users.emulationCaoBang, password: 'wrong-password' },
      { locale: 'en' },
    );
    expect(unknown.errors?.[0]?.message).toBe('Wrong email or password');
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Wrong email or password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    for (let i = 0; i < 4; i++) await server.gql(LOGIN, { email: users.emulationCaoBang, password: 'wrong-password' });
    const locked = await server.gql(
      LOGIN,
      { email: users.emulationCaoBang, password: DEMO_PASSWORD },
      { locale: 'en' },
    );
    expect(locked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors?.[0]?.message).toMatch(/try again in \d+ seconds/);
  });

  it('refuses a locked account and ends its sessions', async () => {
    const token = (await server.ok(LOGIN, { email: users.staffKhanhHoa, password: DEMO_PASSWORD })).login.token;
    const me = await server.ok(`{ users(filter: { q: "khanh hoa" }) { nodes { id } } }`, undefined, {
      as: users.admin,
    });
    const id = me.users.nodes[0].id;
    await server.ok(
      `mutation($id: ID!) { updateUser(input: { id: $id, active: false }) { user { active } } }`,
      { id },
      { as: users.admin },
    );
    const after = await post(server, { query: '{ me { email } }' }, { authorization: `Bearer ${token}` });
    expect(after.body.data.me).toBeNull();
    const again = await server.gql(LOGIN, { email: users.staffKhanhHoa, password: DEMO_PASSWORD });
    expect(errorSummary(again)[0]?.code).toBe('UNAUTHENTICATED');
  });

  it('gives developers a read-only token, shown once, that can be revoked', async () => {
    const vn = await unitId(server, 'VN');
    const created = await server.ok(
      `mutation($u: ID!) { createApiToken(input: { name: "Bảng điều khiển", scopeUnitId: $u }) { token apiToken { id name lastUsedAt scopeUnit { code } } } }`,
      { u: vn },
      { as: users.developer },
    );
    const { token, apiToken } = created.createApiToken;
    expect(token).toMatch(/^ctt_/);
    expect(apiToken).toMatchObject({ name: 'Bảng điều khiển', lastUsedAt: null, scopeUnit: { code: 'VN' } });
    const auth = { authorization: `Bearer ${token}` };
    const read = await post(server, { query: '{ campaigns { totalCount } }' }, auth);
    expect(read.body.data.campaigns.totalCount).toBeGreaterThan(0);
    const donors = await post(server, { query: '{ donors { totalCount } }' }, auth);
    expect(donors.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const write = await post(
      server,
      { query: `mutation { createApiToken(input: { name: "x", scopeUnitId: "${vn}" }) { token } }` },
      auth,
    );
    expect(write.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const listed = await server.ok(`{ myApiTokens { id lastUsedAt } }`, undefined, { as: users.developer });
    expect(listed.myApiTokens[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(token);

    const otherUser = await server.gql(
      `mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { id } } }`,
      { id: apiToken.id },
      { as: users.staffCaoBang },
    );
    expect(errorSummary(otherUser)[0]?.code).toBe('NOT_FOUND');
    await server.ok(
      `mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { revokedAt } } }`,
      { id: apiToken.id },
      { as: users.developer },
    );
    const revoked = await post(server, { query: '{ me { email } }' }, auth);
    expect(revoked.body.data.me).toBeNull();
  });

  it('limits login attempts per address', async () => {
    const limited = await startTestServer({ seed: false, env: { RATE_LIMIT_LOGINS_PER_MINUTE: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const { response } = await post(limited, {
          query: LOGIN,
          variables: { email: 'a@b.vn', password: 'wrong-password' },
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
