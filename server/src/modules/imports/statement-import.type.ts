import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageType } from '../../common/pagination.js';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { MoneyScalar } from '../../common/scalars/money.scalar.js';
import { StatementDateFormat, StatementImportStatus, StatementLineStatus } from './import-enums.js';

@ObjectType('BankStatementFormat', {
  description: 'A bank’s statement layout, set once and remembered: which column holds what, by header.',
})
export class BankStatementFormatType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => String, { description: 'The bank’s short code, e.g. "VCB".' })
  code!: string;

  @Field(() => String, { description: 'The bank’s name.' })
  name!: string;

  @Field(() => String, { description: 'Header of the transaction date column.' })
  dateColumn!: string;

  @Field(() => StatementDateFormat, { description: 'How the bank writes dates.' })
  dateFormat!: StatementDateFormat;

  @Field(() => String, { description: 'Header of the money-in column.' })
  creditColumn!: string;

  @Field(() => String, { nullable: true, description: 'Header of the money-out column, when separate.' })
  debitColumn?: string | null;

  @Field(() => String, { description: 'Header of the transfer description column.' })
  descriptionColumn!: string;

  @Field(() => String, { description: 'Header of the bank reference column.' })
  referenceColumn!: string;

  @Field(() => String, { nullable: true, description: 'Header of the payer’s name column, if any.' })
  payerColumn?: string | null;

  @Field(() => Int, { description: 'Bumped on every change; send it back when updating.' })
  version!: number;
}

@ObjectType('StatementImport', {
  description:
    'A bank statement brought into a fund: its file is read and every line checked (the preview), ' +
    'then all valid lines are posted at once as bank-transfer donations.',
})
export class StatementImportType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => String, { description: 'The uploaded file’s name.' })
  fileName!: string;

  @Field(() => StatementImportStatus, { description: 'Where the import stands.' })
  status!: StatementImportStatus;

  @Field(() => Int, { description: 'Lines read so far (not counting the header): poll it for progress.' })
  linesRead!: number;

  @Field(() => Int, { description: 'Lines that will be posted (before commit).' })
  validCount!: number;

  @Field(() => Int, { description: 'Lines whose bank reference is already posted or repeated in the file.' })
  duplicateCount!: number;

  @Field(() => Int, { description: 'Lines that cannot be read; each says why.' })
  invalidCount!: number;

  @Field(() => Int, { description: 'Money going out or zero lines, left alone.' })
  skippedCount!: number;

  @Field(() => Int, { description: 'Lines posted as donations (after commit).' })
  postedCount!: number;

  @Field(() => MoneyScalar, { description: 'Σ of the valid lines (after commit: of the posted ones), whole VND.' })
  validAmount!: bigint;

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 of the file, once read to the end: the same file imported twice has the same one.',
  })
  fileSha256?: string | null;

  @Field(() => DateTimeScalar, { description: 'When the import was started.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was posted.' })
  committedAt?: Date | null;
}

export const StatementImportPage = PageType(StatementImportType, 'StatementImport');

@ObjectType('ImportedStatementLine', { description: 'One line of an imported statement as read and checked.' })
export class ImportedStatementLineType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => Int, { description: 'Its line (row) number in the file, as an editor or spreadsheet shows it.' })
  lineNumber!: number;

  @Field(() => String, { description: 'The line’s cells as the bank wrote them, joined by " | ".' })
  raw!: string;

  @Field(() => StatementLineStatus, { description: 'What the import makes of it.' })
  status!: StatementLineStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Stable code of why it is not posted, e.g. AMOUNT_UNREADABLE, ALREADY_POSTED, DEBIT.',
  })
  problemCode?: string | null;

  @Field(() => DateScalar, { name: 'date', nullable: true, description: 'The transaction date, when readable.' })
  valueDate?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Money received, whole VND, when readable.' })
  amount?: bigint | null;

  @Field(() => String, { nullable: true, description: 'The transfer description.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The bank’s reference of the transaction.' })
  bankReference?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The payer’s name as the bank gives it. Personal data: shown to staff, never published.',
  })
  payerName?: string | null;
}

export const ImportedStatementLinePage = PageType(ImportedStatementLineType, 'ImportedStatementLine');
