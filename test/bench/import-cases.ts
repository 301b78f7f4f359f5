// Import throughput: bank-statement lines per second into the fund. The baseline is PostgreSQL's
// own bulk path, COPY FROM STDIN into ledger_entry and donation (one entry per donation, as the
// app posts them); the app's bank-statement import (server/src/modules/imports, in
// app-import-case.ts) runs on lines of the same shape in the same run.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import { from as copyFrom } from 'pg-copy-streams';
import { searchKey } from '@chung-tay/server';
import type { BenchContext } from './bench-case.js';
import { descriptions, givenNames, middleNames, surnames } from './vietnamese-names.js';

/** One line of a bank statement, as a bank exports it. */
export interface StatementLine {
  date: string;
  amount: bigint;
  reference: string;
  description: string;
}

/** Seconds spent in each step of an import (upload, commit…), when the case has steps. */
export type ImportPhases = { name: string; seconds: number }[];

export interface ImportCase {
  name: string;
  /** Posts every line to ctx's fund; the run times it and counts rows per second. */
  run(ctx: BenchContext, lines: StatementLine[]): Promise<ImportPhases | void>;
}

/**
 * A statement of `count` transfers of one day, as people write them: "Nguyễn Văn An chuyển tiền
 * Ủng hộ Quỹ Vì người nghèo", amounts any multiple of 10.000 ₫, references unique to this run
 * (`prefix`).
 */
export function statementLines(count: number, prefix: string): StatementLine[] {
  const pick = <T>(list: T[], i: number, step: number) => list[(i * step) % list.length]!;
  return Array.from({ length: count }, (_, i) => ({
    date: '2025-12-31',
    amount: BigInt(10_000 * (1 + ((i * 7919) % 5000))),
    reference: `${prefix}${String(i + 1).padStart(9, '0')}`,
    description: `${pick(surnames, i, 7)} ${pick(middleNames, i, 11)} ${pick(givenNames, i, 13)} chuyển tiền ${pick(descriptions, i, 17)}`,
  }));
}

const tsv = (values: (string | number | bigint | null)[]) =>
  values.map((v) => (v === null ? '\\N' : String(v).replace(/[\\\t\n\r]/g, ' '))).join('\t') + '\n';

/** COPY FROM STDIN: the entries, then their donations, in one transaction. */
export const copyBaseline: ImportCase = {
  name: 'COPY FROM STDIN (ledger_entry + donation)',
  async run(ctx, lines) {
    const { db } = ctx;
    await db.query('begin');
    // Reserve the ids of both tables for this block of rows; nobody else posts meanwhile.
    const ids = await db.query<{ entry: string; donation: string }>(
      `select (setval('ledger_entry_id_seq', nextval('ledger_entry_id_seq') + $1) - $1)::text as entry,
              (setval('donation_id_seq', nextval('donation_id_seq') + $1) - $1)::text as donation`,
      [lines.length],
    );
    const entry0 = BigInt(ids.rows[0]!.entry);
    const donation0 = BigInt(ids.rows[0]!.donation);
    const year = 2025;
    const seq0 = await db.query<{ n: number }>(
      `insert into receipt_counter (fund_id, year, last_number) values ($1, $2, $3)
       on conflict (fund_id, year) do update set last_number = receipt_counter.last_number + $3
       returning last_number - $3 as n`,
      [ctx.fundId, year, lines.length],
    );
    const firstSeq = Number(seq0.rows[0]!.n) + 1;
    const receipt = (i: number) => `${ctx.fundCode}-${year}-${String(firstSeq + i).padStart(6, '0')}`;
    const now = new Date().toISOString();
    await pipeline(
      Readable.from(
        (function* () {
          for (const [i, l] of lines.entries())
            yield tsv([
              entry0 + BigInt(i),
              ctx.fundId,
              'RECEIPT',
              'CASH',
              l.amount,
              l.date,
              receipt(i),
              l.description,
              now,
            ]);
        })(),
      ),
      db.query(
        copyFrom(
          `copy ledger_entry (id, fund_id, kind, medium, amount, entry_date, document_ref, description, posted_at) from stdin`,
        ),
      ),
    );
    await pipeline(
      Readable.from(
        (function* () {
          for (const [i, l] of lines.entries())
            yield tsv([
              donation0 + BigInt(i),
              now,
              now,
              ctx.fundId,
              l.date,
              'BANK_TRANSFER',
              l.amount,
              l.reference,
              year,
              firstSeq + i,
              receipt(i),
              l.description,
              'RECEIVED',
              entry0 + BigInt(i),
              searchKey(l.description, l.reference, receipt(i)),
            ]);
        })(),
      ),
      db.query(
        copyFrom(
          `copy donation (id, created_at, updated_at, fund_id, donated_on, channel, amount, bank_reference, receipt_year,
                          receipt_seq, receipt_number, note, status, entry_id, search_text) from stdin`,
        ),
      ),
    );
    await db.query('commit');
  },
};

/** Rows per second of one run of `importCase` on `count` fresh lines, in all and per step. */
export async function importRate(ctx: BenchContext, importCase: ImportCase, count: number, prefix: string) {
  const lines = statementLines(count, prefix);
  const start = performance.now();
  const phases = (await importCase.run(ctx, lines)) ?? [];
  const seconds = (performance.now() - start) / 1000;
  return {
    rowsPerSecond: count / seconds,
    seconds,
    phases: phases.map((p) => ({ ...p, rowsPerSecond: count / p.seconds })),
  };
}
