import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

const readmePath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md');

/** The README's example: the graphql block and the json block after the example-query marker. */
async function readmeExample(): Promise<{ query: string; answer: unknown }> {
  const readme = await readFile(readmePath, 'utf8');
  const section = readme.slice(readme.indexOf('<!-- example-query'));
  const query = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
  const answer = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  if (!query || !answer) throw new Error('README has no example query and answer');
  return { query, answer: JSON.parse(answer) };
}

describe('the README', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('shows an example query whose answer on the demo data is the one it prints', async () => {
    const { query, answer } = await readmeExample();
    expect(await server.gql(query)).toEqual(answer);
  });
});
