import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageType } from '../../common/pagination.js';
import { DateTimeScalar } from '../../common/scalars/date-time.scalar.js';
import { DecimalScalar } from '../../common/scalars/decimal.scalar.js';
import { PovertyImportChange, PovertyImportStatus } from './poverty-import-enums.js';

@ObjectType('PovertyImportProblem', { description: 'Why a line of an import cannot be written.' })
export class PovertyImportProblemType {
  @Field(() => String, { description: 'The column at fault: unit, year, standard, households, poorHouseholds…' })
  field!: string;

  @Field(() => String, {
    description:
      'Stable code: UNIT_MISSING, UNIT_UNKNOWN, UNIT_AMBIGUOUS, OUT_OF_SCOPE, YEAR_UNREADABLE, STANDARD_MISSING, STANDARD_UNKNOWN, COUNT_MISSING, COUNT_UNREADABLE, RATE_UNREADABLE, IMPLAUSIBLE, REPEATED_IN_FILE.',
  })
  code!: string;

  @Field(() => String, { description: 'What is wrong, in your language.' })
  message!: string;
}

@ObjectType('PovertyImportFigures', { description: 'The figures a recorded statistic had before an import line.' })
export class PovertyImportFiguresType {
  @Field(() => Int, { nullable: true, description: 'All households.' })
  households?: number | null;

  @Field(() => Int, { nullable: true, description: 'Poor households.' })
  poorHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Near-poor households.' })
  nearPoorHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Ethnic-minority households.' })
  ethnicMinorityHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Poor ethnic-minority households.' })
  ethnicMinorityPoorHouseholds?: number | null;

  @Field(() => Int, { nullable: true, description: 'People.' })
  people?: number | null;

  @Field(() => Int, { nullable: true, description: 'People in poor households.' })
  poorPeople?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The reported poor rate.' })
  reportedPoorRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The reported near-poor rate.' })
  reportedNearPoorRate?: string | null;

  @Field(() => String, { nullable: true, description: 'The source.' })
  source?: string | null;
}

@ObjectType('PovertyImportLine', {
  description: 'One data line of an import: its unit match, figures, problems and what committing it would change.',
})
export class PovertyImportLineType extends PovertyImportFiguresType {
  @Field(() => Int, { description: 'Its line (CSV) or row (XLSX) number, as the file shows it.' })
  lineNumber!: number;

  @Field(() => String, { description: 'The row’s cells as written.' })
  raw!: string;

  @Field(() => String, { nullable: true, description: 'The unit as the file names it (code or name).' })
  unitText?: string | null;

  @Field(() => Int, { nullable: true, description: 'The review year.' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'The standard’s code it was matched to (or as written).' })
  standardCode?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Derived: poor over all households, percent.' })
  poorRate?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Derived: near-poor over all households, percent.' })
  nearPoorRate?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Derived minus reported poor rate, in points (the file’s rate against its counts).',
  })
  poorRateDifference?: string | null;

  @Field(() => [PovertyImportProblemType], { description: 'Why it cannot be written; empty when it can.' })
  problems!: PovertyImportProblemType[];

  @Field(() => PovertyImportChange, { nullable: true, description: 'What committing it would do; null with problems.' })
  change?: PovertyImportChange | null;

  @Field(() => ID, { nullable: true, description: 'The recorded statistic it would replace.' })
  existingId?: number | null;

  @Field(() => PovertyImportFiguresType, { nullable: true, description: 'That statistic’s figures now.' })
  previous?: PovertyImportFiguresType | null;

  @Field(() => [String], { description: 'Which of its figures differ from the recorded ones.' })
  changedFields!: string[];
}

export const PovertyImportLinePage = PageType(PovertyImportLineType, 'PovertyImportLine');

@ObjectType('PovertyImport', {
  description:
    'An import of poverty statistics from a CSV or XLSX file: read and checked (the preview), then committed all at once. Visible to its author.',
})
export class PovertyImportType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: number;

  @Field(() => String, { description: 'The file’s name.' })
  fileName!: string;

  @Field(() => PovertyImportStatus, { description: 'Where it stands.' })
  status!: PovertyImportStatus;

  @Field(() => Int, { description: 'Data lines read.' })
  lineCount!: number;

  @Field(() => Int, { description: 'Lines with problems (commit is refused while there are any).' })
  invalidCount!: number;

  @Field(() => Int, { description: 'Lines that record a new statistic.' })
  newCount!: number;

  @Field(() => Int, { description: 'Lines that change a recorded statistic.' })
  changedCount!: number;

  @Field(() => Int, { description: 'Lines the records already match: nothing to write.' })
  unchangedCount!: number;

  @Field(() => DateTimeScalar, { description: 'When it was started.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was committed.' })
  committedAt?: Date | null;
}

export const PovertyImportPage = PageType(PovertyImportType, 'PovertyImport');

@InputType({ description: 'A new poverty-statistics import.' })
export class StartPovertyImportInput {
  @Field(() => String, { description: 'The file’s name; .csv or .xlsx.' })
  @MaxLength(300)
  fileName!: string;
}

@InputType({ description: 'An import to act on.' })
export class PovertyImportRef {
  @Field(() => ID, { description: 'The import.' })
  id!: string;
}
