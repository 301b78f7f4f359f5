import { createHash } from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import type { Em } from '../../db/orm.js';
import { todayInVietnam } from '../../common/date-range.js';
import { badInput, conflict } from '../../common/errors.js';
import { loadCampaignMatcher } from './campaign-matcher.js';
import type { StatementImport } from './statement-import.entity.js';
import { columnMap, rawText, readStatementLine, type ColumnMap, type StagedLine } from './statement-line-reader.js';
import { fileKind, statementRows } from './statement-rows.js';

/** Lines written per statement: big enough to be fast, small enough to show progress often. */
const BATCH = 1000;
/** Banks put a title and account details above the header; look this far for it. */
const HEADER_SEARCH_ROWS = 30;

const COLUMNS = [
  'statement_import_id',
  'line_number',
  'raw',
  'status',
  'problem_code',
  'problem_detail',
  'value_date',
  'amount',
  'description',
  'bank_reference',
  'payer_name',
  'campaign_id',
  'search_text',
];

const rowValues = (importId: number, l: StagedLine) => [
  importId,
  l.lineNumber,
  l.raw,
  l.status,
  l.problem?.code ?? null,
  l.problem?.detail?.slice(0, 300) ?? null,
  l.valueDate,
  l.amount === null ? null : l.amount.toString(),
  l.description,
  l.bankReference,
  l.payerName,
  l.campaignId,
  l.searchText,
];

/**
 * Writes a batch of lines and the new progress count in one transaction, so the count always
 * equals the lines stored: an upload cut off anywhere resumes after the last whole batch.
 */
async function writeBatch(em: Em, importId: number, lines: StagedLine[], linesRead: number): Promise<void> {
  const row = `(${COLUMNS.map(() => '?').join(', ')})`;
  await em.transactional(async (tx) => {
    await tx.execute(
      `insert into statement_line (${COLUMNS.join(', ')}) values ${lines.map(() => row).join(', ')}
       on conflict (statement_import_id, line_number) do nothing`,
      lines.flatMap((line) => rowValues(importId, line)),
    );
    await tx.execute(`update statement_import set lines_read = ? where id = ?`, [linesRead, importId]);
  });
}

async function lastStagedLine(em: Em, importId: number): Promise<{ lineNumber: number; raw: string } | null> {
  const [row] = await em.execute<{ line_number: number; raw: string }[]>(
    `select line_number, raw from statement_line where statement_import_id = ? order by line_number desc limit 1`,
    [importId],
  );
  return row ? { lineNumber: Number(row.line_number), raw: row.raw } : null;
}

const missingColumns = (missing: string[]) =>
  badInput('file', {
    vi: `Không thấy dòng tiêu đề có các cột: ${missing.join(', ')}. Kiểm tra mẫu sao kê của ngân hàng.`,
    en: `No header row with the columns: ${missing.join(', ')}. Check the bank's statement format.`,
  });

/**
 * Reads an uploaded statement as it streams in, checking every line and storing it for the
 * preview in batches, with the progress count beside them. Sending the same file again after an
 * interruption resumes: lines already stored are skipped (the last one is compared, so another
 * file cannot be spliced on). Returns the SHA-256 of the whole file.
 */
export async function stageStatementFile(em: Em, record: StatementImport, body: Readable): Promise<string> {
  const kind = fileKind(record.fileName);
  if (!kind) {
    throw badInput('fileName', {
      vi: 'Chỉ nhận tệp .csv hoặc .xlsx',
      en: 'Only .csv and .xlsx files are accepted',
    });
  }
  const resumeAfter = await lastStagedLine(em, record.id);
  const context = {
    format: record.format,
    matchCampaign: await loadCampaignMatcher(em),
    defaultCampaignId: record.defaultCampaign?.id ?? null,
    today: todayInVietnam(),
  };
  let columns: ColumnMap | null = null;
  let firstMissing: string[] | null = null;
  let rowsBeforeHeader = 0;
  let linesRead = resumeAfter ? record.linesRead : 0;
  let batch: StagedLine[] = [];

  // Hash the bytes on their way to the parser (a Transform buffers, so nothing is lost to timing).
  const hash = createHash('sha256');
  const hashed = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  // pipeline, not pipe: a connection cut mid-upload must fail the read, not leave it waiting.
  pipeline(body, hashed, () => {});
  for await (const row of statementRows(hashed, kind)) {
    if (!columns) {
      const found = columnMap(row.cells, record.format);
      if ('missing' in found) {
        firstMissing ??= found.missing;
        if (++rowsBeforeHeader >= HEADER_SEARCH_ROWS) throw missingColumns(firstMissing);
      } else {
        columns = found;
      }
      continue;
    }
    if (resumeAfter && row.lineNumber <= resumeAfter.lineNumber) {
      if (row.lineNumber === resumeAfter.lineNumber && rawText(row.cells) !== resumeAfter.raw) {
        throw conflict('file', {
          vi: `Dòng ${row.lineNumber} khác với lần tải trước: đây không phải cùng một tệp sao kê`,
          en: `Line ${row.lineNumber} differs from the earlier upload: this is not the same statement file`,
        });
      }
      continue;
    }
    batch.push(readStatementLine(row.lineNumber, row.cells, { ...context, columns }));
    if (batch.length >= BATCH) {
      linesRead += batch.length;
      await writeBatch(em, record.id, batch, linesRead);
      batch = [];
    }
  }
  if (!columns) throw missingColumns(firstMissing ?? [record.format.dateColumn]);
  if (batch.length) await writeBatch(em, record.id, batch, linesRead + batch.length);
  return hash.digest('hex');
}
