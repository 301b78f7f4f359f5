import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createApp, loadConfig, type DatabaseConfig } from '@chung-tay/server';

/**
 * Global setup of the projects whose servers hold demo data. Seeding the demo data takes seconds;
 * done once per test file it was most of CI's time. So it is done once per run: PGlite's cluster
 * is dumped to a file that each test file's in-memory database starts from, and on PostgreSQL a
 * seeded database is the template each test file's database is copied from. The server starts on
 * the copy as usual (migrations and reference data are checked) but does not seed the demo data
 * again; that a second seeding changes nothing is api/demo-data.test.ts's to prove.
 */
declare module 'vitest' {
  interface ProvidedContext {
    /** A PGlite dumpDataDir file holding the seeded demo data. */
    seededPgliteDump: string;
    /** A seeded PostgreSQL database on TEST_DATABASE_URL's server, to use as a template. */
    seededPostgresTemplate: string;
  }
}

async function seed(
  database: DatabaseConfig,
  beforeClose?: (app: Awaited<ReturnType<typeof createApp>>) => Promise<void>,
) {
  const app = await createApp({
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    database,
    seedDemoData: true,
  });
  try {
    await beforeClose?.(app);
  } finally {
    await app.close();
  }
}

async function seedPglite(): Promise<{ file: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'chung-tay-seeded-'));
  const file = path.join(folder, 'pglite-seeded.tar');
  await seed({ kind: 'pglite', dataDir: 'memory://' }, async (app) => {
    // The ORM's own PGlite instance (its type is not exported through the server's package).
    const pglite = (await app.orm.driver.getConnection().getNativeClient()) as {
      query(sql: string): Promise<unknown>;
      dumpDataDir(compression: 'none'): Promise<Blob>;
    };
    await pglite.query('checkpoint');
    const dump = await pglite.dumpDataDir('none');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  });
  return { file, remove: () => rm(folder, { recursive: true, force: true }) };
}

async function onServer(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function seedPostgres(serverUrl: string): Promise<{ name: string; remove: () => Promise<void> }> {
  const name = `chung_tay_seeded_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await seed({ kind: 'postgresql', url: url.toString() });
  return { name, remove: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
}

// The admin project and the API's PGlite project both start from the PGlite dump: one seeding
// serves both (global setups of all projects run in this one process).
const shared = globalThis as { chungTaySeededPglite?: ReturnType<typeof seedPglite> };

export async function setup(project: TestProject) {
  if (project.config.env?.TEST_DATABASE === 'postgresql') {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error('TEST_DATABASE_URL is required for the postgresql project');
    const template = await seedPostgres(serverUrl);
    project.provide('seededPostgresTemplate', template.name);
    return template.remove;
  }
  const first = !shared.chungTaySeededPglite;
  shared.chungTaySeededPglite ??= seedPglite();
  const dump = await shared.chungTaySeededPglite;
  project.provide('seededPgliteDump', dump.file);
  return first ? dump.remove : undefined;
}
