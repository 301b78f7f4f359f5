import type { Readable } from 'node:stream';
import type { Context } from '../../context.js';
import { badInput, conflict, notFound, UserError, type Localized } from '../../common/errors.js';
import { lookupId } from '../../common/ids.js';
import type { Page, PageArgs } from '../../common/pagination.js';
import { nfc } from '../../common/search-text.js';
import { mutate } from '../audit/mutate.js';
import { AdministrativeUnit } from '../geography/administrative-unit.entity.js';
import { fileKind, statementRows } from '../imports/statement-rows.js';
import { assertCan, assertHoldsRole, requireCaller } from '../users/access.js';
import { checkImportLines, countsOf, lineInput } from './poverty-import-check.js';
import { importColumnMap, REQUIRED_COLUMNS, type ImportColumnMap } from './poverty-import-columns.js';
import { PovertyImportChange, PovertyImportStatus } from './poverty-import-enums.js';
import { PovertyImport, type ImportLine } from './poverty-import.entity.js';
import { readImportLine } from './poverty-import-line.js';
import { PovertyStatistic } from './poverty-statistic.entity.js';
import { STATISTIC_WRITERS, storedValues } from './poverty-statistic.service.js';
import { PovertyStandard } from './poverty-standard.entity.js';

export const POVERTY_IMPORT: Localized = { vi: 'lần nhập số liệu hộ nghèo', en: 'poverty statistics import' };

/** A province's communes over a few years fit many times over; a bigger file is not statistics. */
export const MAX_IMPORT_LINES = 5000;
/** Titles and notes above the header: look this far for it. */
const HEADER_SEARCH_ROWS = 30;

/** An import is its author's: it is a draft until committed, and its lines name no one. */
export async function findPovertyImport(ctx: Context, id: string): Promise<PovertyImport | null> {
  const caller = ctx.caller;
  const rowId = lookupId(id);
  if (!caller || !rowId) return null;
  return ctx.em.findOne(PovertyImport, { id: rowId, createdByUserId: caller.user.id });
}

async function requireImport(ctx: Context, id: string, lock = false): Promise<PovertyImport> {
  const record = await findPovertyImport(ctx, id);
  if (!record) throw notFound(POVERTY_IMPORT, id, 'id');
  assertHoldsRole(ctx, STATISTIC_WRITERS);
  if (lock) {
    // Two commits of one import queue up here; the second then sees COMMITTED and writes nothing.
    await ctx.em.execute(`select id from poverty_import where id = ? for update`, [record.id]);
    await ctx.em.refresh(record);
  }
  return record;
}

export async function listPovertyImports(ctx: Context, page: PageArgs): Promise<Page<PovertyImport>> {
  const caller = requireCaller(ctx);
  const [nodes, totalCount] = await ctx.em.findAndCount(
    PovertyImport,
    { createdByUserId: caller.user.id },
    { orderBy: { id: 'desc' }, offset: page.offset, limit: page.limit },
  );
  return { nodes, totalCount, offset: page.offset, limit: page.limit };
}

export async function startPovertyImport(ctx: Context, fileName: string): Promise<PovertyImport> {
  const caller = assertHoldsRole(ctx, STATISTIC_WRITERS);
  if (!fileKind(fileName)) {
    throw badInput('fileName', {
      vi: 'Chỉ nhận tệp .csv hoặc .xlsx',
      en: 'Only .csv or .xlsx files are read',
    });
  }
  const record = ctx.em.create(PovertyImport, {
    fileName: nfc(fileName.trim()),
    status: PovertyImportStatus.UPLOADING,
    createdByUserId: caller.user.id,
    lines: [],
  } as never);
  await ctx.em.flush();
  return record;
}

/** The header and data rows of the file, read with the statement import's readers (CSV or the first sheet). */
async function readFile(record: PovertyImport, body: Readable): Promise<ImportLine[]> {
  let columns: ImportColumnMap | null = null;
  const lines: ImportLine[] = [];
  let rowsBefore = 0;
  for await (const row of statementRows(body, fileKind(record.fileName)!)) {
    if (!columns) {
      columns = importColumnMap(row.cells);
      if (!columns && ++rowsBefore >= HEADER_SEARCH_ROWS) break;
      continue;
    }
    if (lines.length >= MAX_IMPORT_LINES) {
      body.resume();
      throw badInput('file', {
        vi: `Tệp có hơn ${MAX_IMPORT_LINES} dòng số liệu; hãy chia nhỏ`,
        en: `The file has more than ${MAX_IMPORT_LINES} data lines; split it`,
      });
    }
    lines.push(readImportLine(row.lineNumber, row.cells, columns));
  }
  if (!columns) {
    body.resume();
    throw badInput('file', {
      vi: 'Không tìm thấy dòng tiêu đề có các cột: đơn vị, năm, tổng số hộ, hộ nghèo',
      en: `No header row with the columns ${REQUIRED_COLUMNS.join(', ')} (unit, year, total households, poor)`,
    });
  }
  return lines;
}

function recount(record: PovertyImport, lines: ImportLine[]): void {
  record.lines = lines;
  record.lineCount = lines.length;
  record.invalidCount = lines.filter((l) => l.problems.length).length;
  record.newCount = lines.filter((l) => l.change === PovertyImportChange.NEW).length;
  record.changedCount = lines.filter((l) => l.change === PovertyImportChange.CHANGED).length;
  record.unchangedCount = lines.filter((l) => l.change === PovertyImportChange.UNCHANGED).length;
}

/** Reads and checks the uploaded file: the preview. Sent again once read, it changes nothing. */
export async function receivePovertyFile(
  ctx: Context,
  id: string,
  body: Readable,
  complete: () => boolean,
): Promise<PovertyImport> {
  const record = await requireImport(ctx, id);
  if (record.status !== PovertyImportStatus.UPLOADING) {
    body.resume();
    if (record.status === PovertyImportStatus.CANCELLED) {
      throw conflict('id', {
        vi: `Lần nhập #${record.id} đã hủy`,
        en: `Import #${record.id} is cancelled`,
      });
    }
    return record;
  }
  const lines = await readFile(record, body);
  if (!complete()) {
    throw conflict('file', {
      vi: 'Tệp chưa tải lên hết; hãy gửi lại cả tệp',
      en: 'The file did not arrive whole; send it again',
    });
  }
  return mutate(ctx, 'receivePovertyFile', async (tx) => {
    const current = await requireImport(tx, id, true);
    if (current.status !== PovertyImportStatus.UPLOADING) return current;
    recount(current, await checkImportLines(tx, lines));
    current.status = PovertyImportStatus.READY;
    await tx.em.flush();
    return current;
  });
}

/**
 * Writes every line, or none: lines are checked again first (grants, records and units may have
 * changed since the preview), and any problem refuses the whole file, naming the lines. Lines
 * the records already match write nothing, so committing again, or importing the same file a
 * second time, changes nothing and leaves no audit rows.
 */
export async function commitPovertyImport(ctx: Context, id: string): Promise<PovertyImport> {
  const record = await requireImport(ctx, id, true);
  if (record.status === PovertyImportStatus.COMMITTED) return record;
  if (record.status !== PovertyImportStatus.READY) {
    throw conflict('id', {
      vi: `Lần nhập #${record.id} chưa sẵn sàng để ghi (trạng thái ${record.status})`,
      en: `Import #${record.id} is not ready to commit (status ${record.status})`,
    });
  }
  const lines = await checkImportLines(ctx, record.lines);
  const wrong = lines.filter((l) => l.problems.length);
  if (wrong.length) {
    recount(record, lines);
    const numbers = wrong
      .slice(0, 20)
      .map((l) => l.lineNumber)
      .join(', ');
    // Thrown inside the mutation: the recount above is rolled back with everything else.
    throw new UserError('BAD_USER_INPUT', {
      vi: `${wrong.length} dòng có lỗi (dòng ${numbers}); không ghi dòng nào. Hãy sửa tệp và nhập lại`,
      en: `${wrong.length} lines have problems (lines ${numbers}); nothing was written. Fix the file and import it again`,
    });
  }
  for (const line of lines) {
    if (line.change !== PovertyImportChange.NEW && line.change !== PovertyImportChange.CHANGED) continue;
    await writeLine(ctx, line);
  }
  recount(record, lines);
  record.status = PovertyImportStatus.COMMITTED;
  record.committedAt = new Date();
  await ctx.em.flush();
  return record;
}

async function writeLine(ctx: Context, line: ImportLine): Promise<void> {
  const unit = await ctx.em.findOneOrFail(AdministrativeUnit, { id: line.unitId! });
  await assertCan(ctx, STATISTIC_WRITERS, unit.id, unit.name);
  const standard = await ctx.em.findOneOrFail(PovertyStandard, { code: line.standardCode! });
  const values: Record<string, unknown> = storedValues(lineInput(line, unit.id, standard.code));
  const existing = line.existingId ? await ctx.em.findOne(PovertyStatistic, { id: line.existingId }) : null;
  if (existing) {
    // What the file has no column for stays as recorded.
    const before = countsOf(existing);
    const stored: Record<string, keyof PovertyStatistic> = { households: 'totalHouseholds', people: 'totalPeople' };
    for (const field of line.omitted) {
      const column = stored[field] ?? field;
      values[column] = before[field] ?? null;
    }
    values.reportedEthnicMinorityPoorRate = existing.reportedEthnicMinorityPoorRate ?? null;
    ctx.em.assign(existing, values as never);
  } else {
    ctx.em.create(PovertyStatistic, { unit, standard, year: line.year!, ...values } as never);
  }
}

/** Abandons an import that is not committed. */
export async function cancelPovertyImport(ctx: Context, id: string): Promise<PovertyImport> {
  const record = await requireImport(ctx, id, true);
  if (record.status === PovertyImportStatus.COMMITTED) {
    throw conflict('id', {
      vi: `Lần nhập #${record.id} đã ghi; hãy sửa từng số liệu nếu cần`,
      en: `Import #${record.id} is committed; edit the statistics one by one if needed`,
    });
  }
  record.status = PovertyImportStatus.CANCELLED;
  await ctx.em.flush();
  return record;
}
