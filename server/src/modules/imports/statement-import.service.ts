import type { Readable } from 'node:stream';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { conflict, notFound, type Localized } from '../../common/errors.js';
import { findPage } from '../../common/find-page.js';
import { lookupId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { nfc } from '../../common/search-text.js';
import { mutate } from '../audit/mutate.js';
import { requireFund } from '../funds/fund.service.js';
import { MONEY_WRITERS, optionalCampaign } from '../funds/ledger-operations.service.js';
import { assertCan, holdsOn, PERSONAL_DATA_READERS, scopeUnitIds } from '../users/access.js';
import { requireBankStatementFormat } from './bank-statement-format.service.js';
import { StatementImportStatus, StatementLineStatus } from './import-enums.js';
import { flagPostedReferences, flagRepeatsInFile, postStatementLines } from './statement-commit.js';
import { StatementImport } from './statement-import.entity.js';
import type { StartStatementImportInput, StatementImportFilter } from './statement-import.inputs.js';
import { StatementLine } from './statement-line.entity.js';
import { stageStatementFile } from './statement-staging.js';

export const STATEMENT_IMPORT: Localized = { vi: 'lần nhập sao kê', en: 'statement import' };

/**
 * Imports are read by those who may see personal data of the fund's unit (the lines carry
 * payers' names), and written by those who post money there.
 */
export async function findStatementImport(ctx: Context, id: string): Promise<StatementImport | null> {
  const rowId = lookupId(id);
  const record = rowId
    ? await ctx.em.findOne(StatementImport, { id: rowId }, { populate: ['fund', 'format', 'defaultCampaign'] })
    : null;
  return record && (await holdsOn(ctx, PERSONAL_DATA_READERS, record.fund.unit.id)) ? record : null;
}

async function requireImportForWrite(ctx: Context, id: string, lock = false): Promise<StatementImport> {
  const record = await findStatementImport(ctx, id);
  if (!record) throw notFound(STATEMENT_IMPORT, id, 'id');
  await assertCan(ctx, MONEY_WRITERS, record.fund.unit.id, record.fund.unit.name);
  if (lock) {
    // Two commits of one import queue up here; the second then sees COMMITTED and posts nothing.
    await ctx.em.execute(`select id from statement_import where id = ? for update`, [record.id]);
    await ctx.em.refresh(record);
  }
  return record;
}

export async function listStatementImports(
  ctx: Context,
  filter: StatementImportFilter | null | undefined,
  page: PageArgs,
): Promise<Page<StatementImport>> {
  const where: FilterQuery<StatementImport>[] = [
    { fund: { unit: { $in: await scopeUnitIds(ctx, PERSONAL_DATA_READERS) } } },
  ];
  if (filter?.fundId) where.push({ fund: lookupId(filter.fundId) ?? 0 });
  if (filter?.status) where.push({ status: filter.status });
  return findPage(ctx.em, StatementImport, { $and: where }, { id: 'desc' }, page);
}

export function listStatementLines(
  ctx: Context,
  record: StatementImport,
  status: StatementLineStatus | null | undefined,
  page: PageArgs,
): Promise<Page<StatementLine>> {
  const where: FilterQuery<StatementLine> = { statementImport: record.id, ...(status ? { status } : {}) };
  return findPage(ctx.em, StatementLine, where, { lineNumber: 'asc' }, page);
}

export async function startStatementImport(ctx: Context, input: StartStatementImportInput): Promise<StatementImport> {
  const fund = await requireFund(ctx, input.fundId, 'fundId');
  await assertCan(ctx, MONEY_WRITERS, fund.unit.id, fund.unit.name);
  const format = await requireBankStatementFormat(ctx, input.formatCode, 'formatCode');
  const defaultCampaign = await optionalCampaign(ctx, input.defaultCampaignId, 'defaultCampaignId');
  const record = ctx.em.create(StatementImport, {
    fund,
    format,
    fileName: nfc(input.fileName),
    defaultCampaign,
    status: StatementImportStatus.UPLOADING,
    createdByUserId: ctx.caller?.user.id ?? null,
  } as never);
  await ctx.em.flush();
  return record;
}

const notUploading = (record: StatementImport) =>
  conflict('id', {
    vi: `Lần nhập #${record.id} không còn chờ tệp (trạng thái ${record.status})`,
    en: `Import #${record.id} is no longer waiting for its file (status ${record.status})`,
  });

/**
 * Imports whose file this process is reading now: two uploads of one import at once would
 * interleave their batches. (Per process: run one API instance per database, or put this in a
 * PostgreSQL advisory lock when scaling out.)
 */
const receiving = new Set<number>();

/**
 * Receives the statement file (streamed), stores every line checked, then flags duplicates and
 * counts: the preview. A re-sent file after an interruption resumes where the last one stopped;
 * a re-sent file after the preview changes nothing.
 */
export async function receiveStatementFile(
  ctx: Context,
  id: string,
  body: Readable,
  /** Whether the whole body arrived: a cut connection must not pass for the end of the file. */
  complete: () => boolean,
): Promise<StatementImport> {
  const record = await requireImportForWrite(ctx, id);
  if (record.status === StatementImportStatus.READY || record.status === StatementImportStatus.COMMITTED) {
    body.resume(); // drain what the client sends; the file is already read
    return record;
  }
  if (record.status !== StatementImportStatus.UPLOADING) throw notUploading(record);
  if (receiving.has(record.id)) {
    throw conflict('id', {
      vi: `Tệp của lần nhập #${record.id} đang được tải lên; hãy chờ lần tải đó xong hoặc dừng hẳn`,
      en: `Import #${record.id} is already receiving its file; wait for that upload to finish or stop`,
    });
  }
  receiving.add(record.id);
  let sha256: string;
  try {
    sha256 = await stageStatementFile(ctx.em, record, body);
  } finally {
    receiving.delete(record.id);
  }
  if (!complete()) {
    throw conflict('file', {
      vi: 'Tệp chưa tải lên hết; hãy gửi lại cả tệp để tiếp tục từ chỗ dừng',
      en: 'The file did not arrive whole; send it again to resume where it stopped',
    });
  }
  return mutate(ctx, 'receiveStatementFile', async (tx) => {
    const current = await requireImportForWrite(tx, id, true);
    if (current.status !== StatementImportStatus.UPLOADING) return current;
    await flagPostedReferences(tx, current);
    await flagRepeatsInFile(tx, current);
    await recount(tx, current);
    current.fileSha256 = sha256;
    current.status = StatementImportStatus.READY;
    await tx.em.flush();
    return current;
  });
}

/** The preview's counts and total, from the stored lines. */
async function recount(ctx: Context, record: StatementImport): Promise<void> {
  const rows = await ctx.em.execute<{ status: StatementLineStatus; lines: string; amount: string | null }[]>(
    `select status, count(*)::text as lines, sum(amount)::text as amount
     from statement_line where statement_import_id = ? group by status`,
    [record.id],
  );
  const of = (status: StatementLineStatus) => rows.find((r) => r.status === status);
  record.linesRead = rows.reduce((n, r) => n + Number(r.lines), 0);
  record.validCount = Number(of(StatementLineStatus.VALID)?.lines ?? 0);
  record.duplicateCount = Number(of(StatementLineStatus.DUPLICATE)?.lines ?? 0);
  record.invalidCount = Number(of(StatementLineStatus.INVALID)?.lines ?? 0);
  record.skippedCount = Number(of(StatementLineStatus.SKIPPED)?.lines ?? 0);
  record.postedCount = Number(of(StatementLineStatus.POSTED)?.lines ?? 0);
  const counted =
    record.status === StatementImportStatus.COMMITTED ? StatementLineStatus.POSTED : StatementLineStatus.VALID;
  record.validAmount = BigInt(of(counted)?.amount ?? '0');
}

/**
 * Posts the checked statement: every valid line or none. Committing again, or two commits at
 * once, posts nothing more; a commit cut off by a crash leaves the import READY to commit again.
 */
export async function commitStatementImport(ctx: Context, id: string): Promise<StatementImport> {
  const record = await requireImportForWrite(ctx, id, true);
  if (record.status === StatementImportStatus.COMMITTED) return record;
  if (record.status !== StatementImportStatus.READY) {
    throw conflict('id', {
      vi: `Lần nhập #${record.id} chưa sẵn sàng để ghi sổ (trạng thái ${record.status})`,
      en: `Import #${record.id} is not ready to post (status ${record.status})`,
    });
  }
  await postStatementLines(ctx, record);
  record.status = StatementImportStatus.COMMITTED;
  record.committedAt = new Date();
  await recount(ctx, record);
  await ctx.em.flush();
  return record;
}

/** Abandons an import that is not posted; its lines stay for the record. */
export async function cancelStatementImport(ctx: Context, id: string): Promise<StatementImport> {
  const record = await requireImportForWrite(ctx, id, true);
  if (record.status === StatementImportStatus.COMMITTED) {
    throw conflict('id', {
      vi: `Lần nhập #${record.id} đã ghi sổ; hãy đảo bút toán từng khoản nếu cần`,
      en: `Import #${record.id} is posted; reverse its entries one by one if needed`,
    });
  }
  record.status = StatementImportStatus.CANCELLED;
  await ctx.em.flush();
  return record;
}
