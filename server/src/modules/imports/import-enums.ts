import { registerEnumType } from 'type-graphql';

/** Where a statement import stands. */
export enum StatementImportStatus {
  /** Created; its file is being (or has to be) uploaded. An interrupted upload is resumed. */
  UPLOADING = 'UPLOADING',
  /** Every line is read and checked: the preview. Nothing is posted yet. */
  READY = 'READY',
  /** Posted, all lines at once. */
  COMMITTED = 'COMMITTED',
  /** Abandoned before posting. */
  CANCELLED = 'CANCELLED',
}

/** What the import makes of one line of the statement. */
export enum StatementLineStatus {
  /** A receipt that will be posted as a bank-transfer donation. */
  VALID = 'VALID',
  /** Its bank reference is already posted to the fund (or appears earlier in this file). */
  DUPLICATE = 'DUPLICATE',
  /** Cannot be read: the problem says why. */
  INVALID = 'INVALID',
  /** Money going out (a debit) or zero: not a receipt, left alone. */
  SKIPPED = 'SKIPPED',
  /** Posted: the donation exists. */
  POSTED = 'POSTED',
}

/** How dates are written in a bank's statement. */
export enum StatementDateFormat {
  DMY = 'DMY',
  YMD = 'YMD',
}

registerEnumType(StatementImportStatus, {
  name: 'StatementImportStatus',
  description: 'Where a bank-statement import stands.',
  valuesConfig: {
    UPLOADING: { description: 'Waiting for (the rest of) its file; an interrupted upload resumes.' },
    READY: { description: 'Read and checked: the preview. Nothing posted yet.' },
    COMMITTED: { description: 'Posted, every valid line at once.' },
    CANCELLED: { description: 'Abandoned before posting.' },
  },
});

registerEnumType(StatementLineStatus, {
  name: 'StatementLineStatus',
  description: 'What the import makes of one statement line.',
  valuesConfig: {
    VALID: { description: 'A receipt to be posted as a bank-transfer donation.' },
    DUPLICATE: { description: 'Its bank reference is already posted to the fund, or appears earlier in the file.' },
    INVALID: { description: 'Unreadable; `problem` says why.' },
    SKIPPED: { description: 'Money going out, or zero: not a receipt.' },
    POSTED: { description: 'Posted as a donation.' },
  },
});

registerEnumType(StatementDateFormat, {
  name: 'StatementDateFormat',
  description: 'How a bank writes dates (a time after the date is ignored).',
  valuesConfig: {
    DMY: { description: 'Day first: 31/12/2025, 31-12-2025, 31.12.2025.' },
    YMD: { description: 'Year first: 2025-12-31.' },
  },
});
