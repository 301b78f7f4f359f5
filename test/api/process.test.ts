import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('the server process (main.ts)', () => {
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  afterAll(async () => {
    await database?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('starts on PORT, logs one JSON line per request, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      PORT: String(port),
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
      delete env.DATABASE_URL;
    }
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    const deadline = Date.now() + 45_000;
    let health: Response | undefined;
    while (Date.now() < deadline) {
      health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
      if (health?.ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(health?.status, output).toBe(200);
    const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ campaign(code: "NT-2016-2020") { code } }' }),
    });
    expect(await answer.json()).toEqual({ data: { campaign: { code: 'NT-2016-2020' } } });

    child.kill('SIGTERM');
    expect(await exited, output.slice(-2000)).toBe(0);
    const lines = output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests.some((l) => l.path === '/graphql' && l.status === 200 && typeof l.durationMs === 'number')).toBe(
      true,
    );
    expect(lines.some((l) => l.msg === 'shutting down')).toBe(true);
  }, 60_000);
});
