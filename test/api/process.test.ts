import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startServerProcess } from '../support/server-process.js';

describe('the server process (main.ts)', () => {
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  afterAll(async () => {
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('starts on PORT, logs one JSON line per request, and stops cleanly on SIGTERM', async () => {
    const env: Record<string, string | undefined> = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      SEED_DEMO_DATA: 'true',
    };
    if (process.env.TEST_DATABASE === 'postgresql') {
      database = await createTestDatabase();
      env.DATABASE_URL = (database.config as { url: string }).url;
    } else {
      dataDir = await mkdtemp(path.join(tmpdir(), 'chung-tay-main-'));
      env.DATA_DIR = dataDir;
      env.DATABASE_URL = undefined;
    }
    const { child, url, output: printed, exited } = await startServerProcess(env);
    const answer = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ campaign(code: "NT-2016-2020") { code } }' }),
    });
    expect(await answer.json()).toEqual({ data: { campaign: { code: 'NT-2016-2020' } } });

    child.kill('SIGTERM');
    expect(await exited, printed().slice(-2000)).toBe(0);
    const output = printed();
    const lines = output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests.some((l) => l.path === '/graphql' && l.status === 200 && typeof l.durationMs === 'number')).toBe(
      true,
    );
    expect(lines.some((l) => l.msg === 'shutting down')).toBe(true);
  }, 240_000);
});
