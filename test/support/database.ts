import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import type { DatabaseConfig } from '@chung-tay/server';

/** Which database this test process runs against, chosen by the vitest project. */
export const databaseKind = process.env.TEST_DATABASE === 'postgresql' ? 'postgresql' : 'pglite';

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file: an in-memory PGlite, or a new database on the PostgreSQL
 * server of TEST_DATABASE_URL, dropped afterwards. Empty, or with `seeded` holding the demo data
 * seeded once for the whole run (see seeded-snapshot.ts).
 */
export async function createTestDatabase({ seeded = false } = {}): Promise<TestDatabase> {
  // Only tests run by vitest ask for the seeded copy; the benchmarks (plain tsx) never do.
  const inject = seeded ? (await import('vitest')).inject : undefined;
  if (databaseKind === 'pglite') {
    const loadDataDir = inject ? new Blob([await readFile(inject('seededPgliteDump'))]) : undefined;
    return { config: { kind: 'pglite', dataDir: 'memory://', loadDataDir }, drop: async () => {} };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is required for the postgresql project');
  const name = `chung_tay_test_${randomBytes(6).toString('hex')}`;
  const template = inject ? ` template ${inject('seededPostgresTemplate')}` : '';
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}${template}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgresql', url: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
