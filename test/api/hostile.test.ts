import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueries, startTestServer, type TestServer } from '../support/server.js';

const nest = (depth: number) =>
  `{ administrativeUnits { nodes { ${'parent { '.repeat(depth)}name${' }'.repeat(depth)} } } }`;

describe('hostile documents are refused before any resolver runs', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Production mode: what an attacker meets (no stack traces, no suggestions).
    server = await startTestServer({ seed: false, env: { NODE_ENV: 'production' } });
  });
  afterAll(() => server?.close());

  async function raw(body: string, contentType = 'application/json', method = 'POST') {
    const response = await fetch(
      `${server.url}/graphql${method === 'GET' ? `?query=${encodeURIComponent(body)}` : ''}`,
      {
        method,
        headers: { 'content-type': contentType },
        body: method === 'GET' ? undefined : body,
      },
    );
    const text = await response.text();
    return { status: response.status, text };
  }

  const corpus: [string, () => Promise<{ status: number; text: string }>, RegExp][] = [
    ['deep nesting', () => raw(JSON.stringify({ query: nest(20) })), /depth/i],
    [
      'an alias bomb',
      () =>
        raw(
          JSON.stringify({
            query: `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: campaigns { totalCount }`).join(' ')} }`,
          }),
        ),
      /alias/i,
    ],
    [
      'a flood of tokens',
      () => raw(JSON.stringify({ query: `{ campaigns { ${'totalCount '.repeat(3000)} } }` })),
      /token/i,
    ],
    [
      'a directive flood',
      () => raw(JSON.stringify({ query: `{ campaigns { totalCount ${'@include(if: true) '.repeat(60)} } }` })),
      /directive/i,
    ],
    [
      'an expensive wide query',
      () => {
        const chain =
          'organizer { unit { parent { parent { parent { name code level validFrom validTo isHistorical } } } } }';
        const wide = Array.from(
          { length: 14 },
          (_, i) => `c${i}: campaigns(limit: 100) { nodes { ${chain} parent { ${chain} } } }`,
        );
        return raw(JSON.stringify({ query: `{ ${wide.join(' ')} }` }));
      },
      /cost/i,
    ],
    ['a huge list', () => raw(JSON.stringify({ query: '{ campaigns(limit: 1000000) { totalCount } }' })), /limit/i],
    [
      'a batched array',
      () => raw(JSON.stringify([{ query: '{ campaigns { totalCount } }' }, { query: '{ donors { totalCount } }' }])),
      /batch/i,
    ],
    [
      'a text/plain post (CSRF)',
      () => raw(JSON.stringify({ query: '{ campaigns { totalCount } }' }), 'text/plain'),
      /csrf|content-type/i,
    ],
    [
      'a form post (CSRF)',
      () => raw('query=%7B+campaigns+%7B+totalCount+%7D+%7D', 'application/x-www-form-urlencoded'),
      /csrf|content-type|json/i,
    ],
    ['a simple GET (CSRF)', () => raw('{ campaigns { totalCount } }', 'text/plain', 'GET'), /csrf|preflight/i],
    [
      'a mutation over GET',
      () => raw('mutation { logout { loggedOut } }', 'application/json', 'GET'),
      /csrf|GET|mutation/i,
    ],
    ['malformed JSON', () => raw('{"query": "{ campaigns { totalCount } }"', 'application/json'), /json|syntax|body/i],
    ['an unparseable document', () => raw(JSON.stringify({ query: '{ campaigns { totalCount ' })), /syntax/i],
  ];

  for (const [label, send, why] of corpus) {
    it(`refuses ${label}`, async () => {
      let result: { status: number; text: string } = { status: 0, text: '' };
      const statements = await countQueries(server, async () => {
        result = await send();
      });
      expect(result.status === 400 || result.status === 415 || /"errors"/.test(result.text), result.text).toBe(true);
      expect(result.text).toMatch(why);
      expect(statements, 'no SQL ran').toBe(0);
      expect(result.text).not.toMatch(/stacktrace|at .*\.(ts|js):\d+/);
    });
  }
});
