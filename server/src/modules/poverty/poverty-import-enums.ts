import { registerEnumType } from 'type-graphql';

/** Where a poverty-statistics import stands. */
export enum PovertyImportStatus {
  /** Created; its file has to be uploaded. */
  UPLOADING = 'UPLOADING',
  /** Every line is read and checked: the preview. Nothing is written yet. */
  READY = 'READY',
  /** Written, all lines at once. */
  COMMITTED = 'COMMITTED',
  /** Abandoned before writing. */
  CANCELLED = 'CANCELLED',
}

/** What committing a line would do to the recorded statistics. */
export enum PovertyImportChange {
  /** No statistic for its unit, standard and year yet: one is recorded. */
  NEW = 'NEW',
  /** Replaces a recorded statistic whose figures differ (changedFields says which). */
  CHANGED = 'CHANGED',
  /** The recorded statistic already says the same: nothing is written. */
  UNCHANGED = 'UNCHANGED',
}

registerEnumType(PovertyImportStatus, {
  name: 'PovertyImportStatus',
  description: 'Where a poverty-statistics import stands.',
  valuesConfig: {
    UPLOADING: { description: 'Waiting for its file.' },
    READY: { description: 'Read and checked: the preview; nothing written yet.' },
    COMMITTED: { description: 'Written, all lines at once.' },
    CANCELLED: { description: 'Abandoned before writing.' },
  },
});

registerEnumType(PovertyImportChange, {
  name: 'PovertyImportChange',
  description: 'What committing a line would do to the recorded statistics.',
  valuesConfig: {
    NEW: { description: 'Records a statistic that does not exist yet.' },
    CHANGED: { description: 'Replaces a recorded statistic whose figures differ.' },
    UNCHANGED: { description: 'The recorded statistic already says the same; nothing is written.' },
  },
});
