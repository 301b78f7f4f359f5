/**
 * How the statement export behaves on a large fund, on PostgreSQL: rows per second and the
 * server's peak memory while it streams CSV and XLSX. Not a test (nothing here passes or fails);
 * its numbers go in the README. From the repository root:
 *
 *   EXPORT_ROWS=1000000 TEST_DATABASE=postgresql TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     pnpm --filter @chung-tay/server exec tsx ../test/bench/export-memory.ts
 *
 * With NODE_OPTIONS=--max-old-space-size=256 it still finishes a million lines: the file is
 * streamed, never held (the client reading it runs in the same process, and is counted too).
 */
import { createApp, loadConfig } from '@chung-tay/server';
import { createTestDatabase } from '../support/database.js';

const rows = Number(process.env.EXPORT_ROWS ?? 200_000);
const database = await createTestDatabase();
const app = await createApp({
  ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
  database: database.config,
  seedDemoData: true,
});
const url = await app.listen(0);
try {
  const em = app.orm.em.fork();
  const [fund] = await em.execute<{ id: number }[]>(`select id from fund where code = 'QVNN-CAO-BANG'`);
  const started = performance.now();
  await em.execute(
    `with e as (
       insert into ledger_entry (fund_id, kind, medium, amount, entry_date, description, posted_at)
       select ?, 'RECEIPT', 'CASH', 100000 + g, date '2024-01-01' + (g % 700), null, now()
         from generate_series(1, ?) g
       returning id, amount, entry_date
     )
     insert into donation (created_at, updated_at, fund_id, donated_on, channel, amount, bank_reference,
                           receipt_year, receipt_seq, receipt_number, note, status, entry_id, search_text)
     select now(), now(), ?, e.entry_date, 'BANK_TRANSFER', e.amount, 'FT' || e.id, 2024, e.id,
            'QVNN-CAO-BANG-BENCH-' || e.id, 'Ủng hộ người nghèo Cao Bằng, chuyển khoản số ' || e.id, 'RECEIVED', e.id,
            'ung ho nguoi ngheo cao bang chuyen khoan so ' || e.id
       from e`,
    [fund!.id, rows, fund!.id],
  );
  await em.execute('analyze donation');
  console.log(`generated ${rows} donations in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  for (const format of ['csv', 'xlsx']) {
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    let heapPeak = 0;
    const sampler = setInterval(() => {
      const usage = process.memoryUsage();
      peak = Math.max(peak, usage.rss);
      heapPeak = Math.max(heapPeak, usage.heapUsed);
    }, 50);
    const t0 = performance.now();
    const response = await fetch(`${url}/documents/statement.${format}?fundId=${fund!.id}`);
    let bytes = 0;
    // Read as a slow-ish client would, chunk by chunk, never holding the file.
    for await (const chunk of response.body!) bytes += (chunk as Uint8Array).byteLength;
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    console.log(
      `${format}: ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s ` +
        `(${Math.round(rows / seconds)} rows/s); process RSS ${(baseline / 1e6).toFixed(0)} MB before, ` +
        `peak ${(peak / 1e6).toFixed(0)} MB (+${((peak - baseline) / 1e6).toFixed(0)} MB), JS heap peak ` +
        `${(heapPeak / 1e6).toFixed(0)} MB`,
    );
  }
} finally {
  await app.close();
  await database.drop();
}
