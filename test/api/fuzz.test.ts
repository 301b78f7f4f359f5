// Random values for every argument of every query and mutation: the server must answer each with
// data or a user error with a stable code — never a 500, never an internal message.
import {
  getIntrospectionQuery,
  type IntrospectionInputTypeRef,
  type IntrospectionQuery,
  type IntrospectionField,
  type IntrospectionType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, users, type TestServer } from '../support/server.js';

const ALLOWED_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
]);

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

const nasty = [
  '',
  ' ',
  'Nguyễn Văn A',
  "'; drop table campaign; --",
  '%_\\',
  '1e309',
  '-1',
  '0',
  '19.000.000.000',
  '9'.repeat(40),
  '2025-02-30',
  '\u0000',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'x'.repeat(5000),
];
const scalarsAnyShape = [null, true, 1.5, -1, 2 ** 62, 0, [], {}, ...nasty];

describe('fuzzing every input', () => {
  let server: TestServer;
  let types: Map<string, IntrospectionType>;
  let fields: { root: 'query' | 'mutation'; field: IntrospectionField }[];
  beforeAll(async () => {
    // Production mode, as an attacker meets it; introspection on only to learn the inputs.
    server = await startTestServer({ actAs: users.admin, env: { NODE_ENV: 'production', INTROSPECTION: 'true' } });
    const schema = (await server.ok<IntrospectionQuery>(getIntrospectionQuery())).__schema;
    types = new Map(schema.types.map((t) => [t.name, t]));
    const rootFields = (name: string | undefined) => {
      const type = name ? types.get(name) : undefined;
      return type && 'fields' in type ? type.fields : [];
    };
    fields = [
      ...rootFields(schema.queryType.name).map((field) => ({ root: 'query' as const, field })),
      ...rootFields(schema.mutationType?.name).map((field) => ({ root: 'mutation' as const, field })),
    ].filter((f) => f.field.args.length > 0 && f.field.name !== 'login' && f.field.name !== 'logout');
  });
  afterAll(() => server?.close());

  function typeText(ref: IntrospectionInputTypeRef): string {
    if (ref.kind === 'NON_NULL') return `${typeText(ref.ofType)}!`;
    if (ref.kind === 'LIST') return `[${typeText(ref.ofType)}]`;
    return ref.name;
  }

  /** A value for a type: usually of the right shape with random content, sometimes anything. */
  function valueFor(ref: IntrospectionInputTypeRef, rnd: ReturnType<typeof random>, depth = 0): unknown {
    if (rnd.next() < 0.1 || depth > 4) return rnd.pick(scalarsAnyShape);
    if (ref.kind === 'NON_NULL') return valueFor(ref.ofType, rnd, depth);
    if (ref.kind === 'LIST')
      return Array.from({ length: Math.floor(rnd.next() * 3) }, () => valueFor(ref.ofType, rnd, depth + 1));
    const type = types.get(ref.name)!;
    if (type.kind === 'ENUM') return rnd.next() < 0.9 ? rnd.pick(type.enumValues).name : 'NOT_A_VALUE';
    if (type.kind === 'INPUT_OBJECT') {
      return Object.fromEntries(
        type.inputFields.filter(() => rnd.next() < 0.7).map((f) => [f.name, valueFor(f.type, rnd, depth + 1)]),
      );
    }
    switch (type.name) {
      case 'ID':
        return rnd.pick(['1', '2', '999999', '-5', 'abc', '2147483648', '1.5']);
      case 'Int':
        return rnd.pick([0, 1, 25, 100, 101, -1, 2 ** 31, 1.5]);
      case 'Boolean':
        return rnd.pick([true, false]);
      case 'Money':
        return rnd.pick(['0', '19000000000', '-1', '1.5', '9223372036854775808', 10, 'abc']);
      case 'Date':
        return rnd.pick(['2025-07-01', '2025-02-30', '01/07/2025', '1900-01-01', '9999-12-31']);
      case 'DateTime':
        return rnd.pick(['2025-07-01T08:00:00+07:00', '2025-07-01T08:00:00', 'yesterday']);
      case 'Decimal':
        return rnd.pick(['3.5', '1.925', '-0.5', 'NaN', 1000000]);
      default:
        return rnd.pick(nasty);
    }
  }

  it('answers 400 random calls without a 500 or an internal error', async () => {
    const rnd = random(20251129);
    const failures: string[] = [];
    for (let i = 0; i < 400; i++) {
      const { root, field } = rnd.pick(fields);
      const args = field.args.filter((a) => a.type.kind === 'NON_NULL' || rnd.next() < 0.6);
      const variables = Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, rnd)]));
      const definitions = args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
      const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = `${root}${definitions ? `(${definitions})` : ''} { result: ${field.name}${call ? `(${call})` : ''} { __typename } }`;
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(server)}` },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
      const bad =
        response.status >= 500 ||
        (body.errors ?? []).some((e) => !ALLOWED_CODES.has(e.extensions?.code ?? '')) ||
        /\b(select|insert|update|delete) .* (from|into|set)\b|stacktrace|node_modules/i.test(text);
      if (bad)
        failures.push(
          `${field.name} ${JSON.stringify(variables).slice(0, 300)} → ${response.status} ${text.slice(0, 300)}`,
        );
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

let cachedToken: string | undefined;
async function tokenFor(server: TestServer): Promise<string> {
  cachedToken ??= (
    await server.ok<{ login: { token: string } }>(
      `mutation { login(input: { email: "${users.admin}", password: "chungtay-demo-2025" }) { token } }`,
      undefined,
      { as: null },
    )
  ).login.token;
  return cachedToken;
}
