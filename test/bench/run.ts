// pnpm bench: fills a fresh PostgreSQL database with one fund of BENCH_DONATIONS donations
// (1,000,000 by default) and measures the app beside hand-written SQL doing the same work.
// Not a test: it asserts only that both sides give the same answer. See README, Benchmarks.
// BENCH_CASES=import (or statement, fundSummary, comma-separated) runs only those cases.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createApp, loadConfig } from '@chung-tay/server';
import type { BenchCase, BenchContext } from './bench-case.js';
import { createBenchDatabase } from './bench-database.js';
import { fundSummaryCases } from './fund-summary-cases.js';
import { createBenchFund, generateDonations, generateDonors } from './generate.js';
import { appImport } from './app-import-case.js';
import { copyBaseline, importRate, statementLines } from './import-cases.js';
import { expectLedgerAddsUp, expectPosted } from './ledger-check.js';
import { describeMachine } from './machine.js';
import { measure } from './measure.js';
import { printTable, type ResultRow } from './report.js';
import { keysetBeforePage, PAGE, statementCases } from './statement-cases.js';

const env = process.env;
const int = (name: string, fallback: number, least = 1) => {
  const value = Number((env[name] ?? String(fallback)).replace(/_/g, ''));
  if (!Number.isInteger(value) || value < least) throw new Error(`${name} must be an integer of at least ${least}`);
  return value;
};
const ALL_CASES = ['statement', 'fundSummary', 'import'] as const;
const selected = (env.BENCH_CASES ?? ALL_CASES.join(',')).split(',').map((c) => c.trim());
for (const name of selected) {
  if (!(ALL_CASES as readonly string[]).includes(name))
    throw new Error(`BENCH_CASES: ${name} is not one of ${ALL_CASES}`);
}
const wanted = (name: (typeof ALL_CASES)[number]) => selected.includes(name);
// The import alone needs no big fund: by default it then posts into an empty one.
const importOnly = !wanted('statement') && !wanted('fundSummary');
const serverUrl = env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const donations = int('BENCH_DONATIONS', importOnly ? 0 : 1_000_000, importOnly ? 0 : 1);
const donors = int('BENCH_DONORS', Math.max(1000, Math.round(donations / 5)));
const runs = int('BENCH_RUNS', 15);
const warmup = int('BENCH_WARMUP', 3);
const budgetMs = int('BENCH_CASE_SECONDS', 20) * 1000;
const importRows = int('BENCH_IMPORT_ROWS', donations === 0 ? 200_000 : Math.min(200_000, donations));
const deepPageNumber = Math.min(10_000, Math.max(2, Math.floor(donations / PAGE / 2)));

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const log = (line: string) => console.log(line);

const database = await createBenchDatabase(serverUrl);
if (env.BENCH_LOG_MS) {
  // Every statement slower than this goes to the PostgreSQL server's log, for this database only.
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(
    `alter database "${new URL(database.url).pathname.slice(1)}" set log_min_duration_statement = ${int('BENCH_LOG_MS', 1000)}`,
  );
  await admin.end();
}
const db = new pg.Client({ connectionString: database.url });
await db.connect();
let app: Awaited<ReturnType<typeof createApp>> | undefined;
try {
  log(`database ${database.url}`);
  let t = performance.now();
  app = await createApp({
    ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn' }),
    database: { kind: 'postgresql', url: database.url },
    seedDemoData: true,
  });
  const url = await app.listen(0);
  log(`migrated and seeded the demo data in ${seconds(t)}; server at ${url}`);

  t = performance.now();
  const fund = await createBenchFund(db);
  if (donations > 0) {
    const donorIds = await generateDonors(db, fund, donors);
    log(`${donors.toLocaleString('en')} donors in ${seconds(t)}`);
    t = performance.now();
    await generateDonations(db, fund, donorIds, donations, (done) =>
      process.stdout.write(`\r${done.toLocaleString('en')} donations and their ledger entries (${seconds(t)})`),
    );
    log(`, analyzed in ${seconds(t)}`);
  }

  const ctx: BenchContext = {
    graphqlUrl: `${url}/graphql`,
    db,
    fundId: fund.fundId,
    fundCode: fund.code,
    donations,
  };
  await expectLedgerAddsUp(ctx);
  log('the ledger adds up: every donation equals its entry, the balance is the sum of the entries');

  const cases: BenchCase[] = [];
  if (wanted('statement')) {
    const deepPage = await keysetBeforePage(ctx, deepPageNumber);
    const reference = await db.query<{ r: string }>(
      `select bank_reference as r from donation where fund_id = $1 and bank_reference is not null
        order by id limit 1 offset $2`,
      [fund.fundId, Math.floor(donations / 3)],
    );
    cases.push(...statementCases(deepPage, deepPageNumber, reference.rows[0]!.r));
  }
  if (wanted('fundSummary')) cases.push(...fundSummaryCases());

  const rows: ResultRow[] = [];
  for (const c of cases) {
    const began = performance.now();
    const [appAnswer, sqlAnswer] = [await c.app(ctx), await c.sql(ctx)];
    if (appAnswer !== sqlAnswer)
      throw new Error(`${c.name}: the app and SQL disagree\n app: ${appAnswer}\n sql: ${sqlAnswer}`);
    // That first call of each side was a warm-up already; a slow case needs no more.
    const warm = performance.now() - began > 2000 ? 0 : warmup;
    const appTime = await measure(() => c.app(ctx), runs, warm, budgetMs);
    const sqlTime = await measure(() => c.sql(ctx), runs, warm, budgetMs);
    const measured = Math.min(appTime.runs, sqlTime.runs);
    rows.push({ name: c.name, app: appTime.median, sql: sqlTime.median, unit: 'ms', runs: measured });
    log(`${c.name}: app ${appTime.median.toFixed(1)} ms, SQL ${sqlTime.median.toFixed(1)} ms (${measured} runs)`);
  }

  if (wanted('import')) {
    // The same lines, references apart: COPY first, then the app, each checked to the đồng.
    const total = statementLines(importRows, '').reduce((sum, l) => sum + l.amount, 0n);
    const rate = (r: number) => `${Math.round(r).toLocaleString('en')} rows/s`;
    const copy = await importRate(ctx, copyBaseline, importRows, 'BENCHCOPY');
    await expectPosted(ctx, 'BENCHCOPY', importRows, total);
    log(`${copyBaseline.name}: ${rate(copy.rowsPerSecond)} (${copy.seconds.toFixed(1)} s)`);
    const app = await importRate(ctx, appImport, importRows, 'BENCHIMP');
    await expectPosted(ctx, 'BENCHIMP', importRows, total);
    for (const phase of app.phases)
      log(`app ${phase.name}: ${rate(phase.rowsPerSecond)} (${phase.seconds.toFixed(1)} s)`);
    log(
      `app total: ${rate(app.rowsPerSecond)} (${app.seconds.toFixed(1)} s); app ÷ COPY = ${(app.rowsPerSecond / copy.rowsPerSecond).toFixed(3)}`,
    );
    const lines = `import ${importRows.toLocaleString('en')} lines`;
    for (const phase of [...app.phases, { name: 'total', rowsPerSecond: app.rowsPerSecond }]) {
      rows.push({
        name: `${lines}: app ${phase.name}`,
        app: phase.rowsPerSecond,
        sql: copy.rowsPerSecond,
        unit: 'rows/s',
        runs: 1,
      });
    }
  }
  await expectLedgerAddsUp(ctx);

  log('');
  for (const line of await describeMachine(db)) log(line);
  log(
    donations === 0
      ? `an empty fund; ${importRows.toLocaleString('en')} statement lines per import`
      : `${donations.toLocaleString('en')} donations, ${donors.toLocaleString('en')} donors; median of up to ${runs} runs (fewer past ${budgetMs / 1000} s) after up to ${warmup} warm-up runs; pages of ${PAGE}`,
  );
  log('');
  printTable(rows);
} finally {
  await app?.close();
  await db.end();
  if (env.BENCH_KEEP) log(`kept ${database.url}`);
  else await database.drop();
}
