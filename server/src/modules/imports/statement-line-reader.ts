import { searchKey } from '../../common/search-text.js';
import type { BankStatementFormat } from './bank-statement-format.entity.js';
import { StatementLineStatus } from './import-enums.js';
import type { LineProblem } from './line-problems.js';
import { cellText, parseAmount, parseDate, type Cell } from './statement-values.js';

/** Where each field sits in a row, found from the header by the bank's remembered column names. */
export interface ColumnMap {
  date: number;
  credit: number;
  debit: number | null;
  description: number;
  reference: number;
  payer: number | null;
}

/** A line as it is staged for the preview (see statement-staging.ts). */
export interface StagedLine {
  lineNumber: number;
  raw: string;
  status: StatementLineStatus;
  problem: LineProblem | null;
  valueDate: string | null;
  amount: bigint | null;
  description: string | null;
  bankReference: string | null;
  payerName: string | null;
  campaignId: number | null;
  searchText: string | null;
}

const headerKey = (cell: Cell) => searchKey(cellText(cell) ?? '');

/** The column map of a header row, or the names of the format's columns it lacks. */
export function columnMap(header: Cell[], format: BankStatementFormat): ColumnMap | { missing: string[] } {
  const keys = header.map(headerKey);
  const missing: string[] = [];
  const find = (name: string | null | undefined, required: boolean): number | null => {
    if (!name) return null;
    const index = keys.indexOf(searchKey(name));
    if (index < 0 && required) missing.push(name);
    return index < 0 ? null : index;
  };
  const map = {
    date: find(format.dateColumn, true),
    credit: find(format.creditColumn, true),
    debit: find(format.debitColumn, true),
    description: find(format.descriptionColumn, true),
    reference: find(format.referenceColumn, true),
    // The payer is a nicety: a statement without that column still imports.
    payer: find(format.payerColumn, false),
  };
  return missing.length ? { missing } : (map as ColumnMap);
}

/** A row's cells as one readable text, kept beside the line so staff see what the bank wrote. */
export const rawText = (row: Cell[]) =>
  row
    .map((cell) => cellText(cell) ?? '')
    .join(' | ')
    .slice(0, 2000);

export interface LineContext {
  format: BankStatementFormat;
  columns: ColumnMap;
  matchCampaign: (description: string | null) => number | null;
  defaultCampaignId: number | null;
  today: string;
}

/** Reads and checks one data row: what the preview shows and what commit would post. */
export function readStatementLine(lineNumber: number, row: Cell[], ctx: LineContext): StagedLine {
  const { columns } = ctx;
  const description = cellText(row[columns.description])?.slice(0, 2000) ?? null;
  const bankReference = cellText(row[columns.reference])?.slice(0, 100) ?? null;
  const line: StagedLine = {
    lineNumber,
    raw: rawText(row),
    status: StatementLineStatus.VALID,
    problem: null,
    valueDate: null,
    amount: null,
    description,
    bankReference,
    payerName: columns.payer === null ? null : (cellText(row[columns.payer])?.slice(0, 200) ?? null),
    campaignId: null,
    searchText: null,
  };
  const refuse = (status: StatementLineStatus, problem: LineProblem): StagedLine => ({ ...line, status, problem });

  const credit = parseAmount(row[columns.credit]);
  if ('problem' in credit) return refuse(StatementLineStatus.INVALID, credit.problem);
  const debit = columns.debit === null ? { value: null } : parseAmount(row[columns.debit]);
  if ('problem' in debit) return refuse(StatementLineStatus.INVALID, debit.problem);
  const received = credit.value ?? 0n;
  const paid = (debit.value ?? 0n) < 0n ? -debit.value! : (debit.value ?? 0n);
  if (received > 0n && paid > 0n) return refuse(StatementLineStatus.INVALID, { code: 'CREDIT_AND_DEBIT' });
  if (received < 0n || paid > 0n) return refuse(StatementLineStatus.SKIPPED, { code: 'DEBIT' });
  if (received === 0n) return refuse(StatementLineStatus.SKIPPED, { code: 'NO_AMOUNT' });
  line.amount = received;

  const date = parseDate(row[columns.date], ctx.format.dateFormat);
  if ('problem' in date) return refuse(StatementLineStatus.INVALID, date.problem);
  line.valueDate = date.value;
  if (date.value > ctx.today)
    return refuse(StatementLineStatus.INVALID, { code: 'DATE_IN_FUTURE', detail: date.value });
  if (!bankReference) return refuse(StatementLineStatus.INVALID, { code: 'REFERENCE_MISSING' });

  line.campaignId = ctx.matchCampaign(description) ?? ctx.defaultCampaignId;
  line.searchText = searchKey(description, bankReference);
  return line;
}
