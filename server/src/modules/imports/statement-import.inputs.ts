import { Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NotBlank } from '../../common/validators.js';
import { StatementDateFormat, StatementImportStatus } from './import-enums.js';

@InputType({ description: 'A bank’s statement layout: the header of each column the import reads.' })
export class SaveBankStatementFormatInput {
  @Field(() => String, { description: 'The bank’s short code, e.g. "VCB"; an existing code is updated.' })
  @NotBlank()
  @MaxLength(20)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]*$/)
  code!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'When updating: the version you edited; a stale one is refused with CONFLICT.',
  })
  version?: number | null;

  @Field(() => String, { description: 'The bank’s name, e.g. "Vietcombank".' })
  @NotBlank()
  @MaxLength(200)
  name!: string;

  @Field(() => String, { description: 'Header of the transaction date column, e.g. "Ngày giao dịch".' })
  @NotBlank()
  @MaxLength(100)
  dateColumn!: string;

  @Field(() => StatementDateFormat, { description: 'How the bank writes dates.' })
  dateFormat!: StatementDateFormat;

  @Field(() => String, { description: 'Header of the money-in column, e.g. "Số tiền ghi có".' })
  @NotBlank()
  @MaxLength(100)
  creditColumn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Header of the money-out column, when separate; debit lines are skipped.',
  })
  @MaxLength(100)
  debitColumn?: string | null;

  @Field(() => String, { description: 'Header of the transfer description column, e.g. "Nội dung".' })
  @NotBlank()
  @MaxLength(100)
  descriptionColumn!: string;

  @Field(() => String, { description: 'Header of the bank reference column, e.g. "Số tham chiếu".' })
  @NotBlank()
  @MaxLength(100)
  referenceColumn!: string;

  @Field(() => String, { nullable: true, description: 'Header of the payer’s name column, when the bank gives it.' })
  @MaxLength(100)
  payerColumn?: string | null;
}

@InputType({ description: 'A new bank-statement import into a fund; its file is sent next (see uploadPath).' })
export class StartStatementImportInput {
  @Field(() => ID, { description: 'The fund whose bank account the statement is of.' })
  fundId!: string;

  @Field(() => String, { description: 'The bank’s statement format code, e.g. "VCB".' })
  @NotBlank()
  @MaxLength(20)
  formatCode!: string;

  @Field(() => String, { description: 'The file’s name; .csv or .xlsx decides how it is read.' })
  @NotBlank()
  @MaxLength(255)
  fileName!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The campaign for lines whose description names no campaign code.',
  })
  defaultCampaignId?: string | null;
}

@InputType({ description: 'Which statement imports to list.' })
export class StatementImportFilter {
  @Field(() => ID, { nullable: true, description: 'Only this fund’s imports.' })
  fundId?: string | null;

  @Field(() => StatementImportStatus, { nullable: true, description: 'Only imports in this state.' })
  status?: StatementImportStatus | null;
}

@InputType({ description: 'An import to post or abandon.' })
export class StatementImportRef {
  @Field(() => ID, { description: 'The import.' })
  id!: string;
}
