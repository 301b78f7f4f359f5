import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

describe('production mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: 'production' }, seed: true });
  });
  afterAll(() => server?.close());

  it('turns introspection off unless the setting enables it', async () => {
    const result = await server.gql(`{ __schema { queryType { name } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves no GraphiQL page', async () => {
    const response = await fetch(`${server.url}/graphiql`);
    expect(response.status).toBe(404);
  });

  it('refuses requests a browser could send cross-site (CSRF prevention)', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ campaigns { totalCount } }')}`);
    expect(get.status).toBe(400);
    const textPlain = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ campaigns { totalCount } }' }),
    });
    expect(textPlain.status).toBe(400);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ campaigns { totalCount } }' }, { query: '{ donors { totalCount } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('keeps user errors readable, with their code and no stack', async () => {
    const result = await server.gql(`{ campaigns(limit: 1000) { totalCount } }`, undefined, { locale: 'en' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'limit' }] });
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('masks internal failures: no SQL, no stack, only a code', async () => {
    await server.app.orm.em.getConnection().execute('alter table campaign rename to campaign_moved');
    try {
      const result = await server.gql(`{ campaigns { totalCount } }`, undefined, { locale: 'en' });
      expect(result.errors).toEqual([
        {
          message: 'Internal server error',
          locations: expect.any(Array),
          path: ['campaigns'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      const vi = await server.gql(`{ campaigns { totalCount } }`);
      expect(vi.errors?.[0]?.message).toBe('Lỗi máy chủ nội bộ');
    } finally {
      await server.app.orm.em.getConnection().execute('alter table campaign_moved rename to campaign');
    }
  });
});

describe('development mode', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: 'development' }, seed: false });
  });
  afterAll(() => server?.close());

  it('serves GraphiQL from the installed packages, with no CDN', async () => {
    const page = await fetch(`${server.url}/graphiql`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    for (const src of html.match(/\/graphiql\/assets\/[\w.-]+/g) ?? []) {
      const asset = await fetch(`${server.url}${src}`);
      expect(asset.status, src).toBe(200);
    }
  });

  it('answers introspection', async () => {
    const result = await server.ok(`{ __schema { queryType { name } } }`);
    expect(result.__schema.queryType.name).toBe('Query');
  });
});
