import { conflict } from './errors.js';

/**
 * Refuses an update made from a stale copy: the client sends the version it saw, and a record
 * changed since by someone else is a CONFLICT, never a silent overwrite.
 */
export function assertVersion(record: { version: number }, expected: number | null | undefined): void {
  if (expected != null && expected !== record.version) {
    throw conflict('version', {
      vi: `Bản ghi đã được người khác sửa (phiên bản ${record.version}, bạn đang sửa phiên bản ${expected}); hãy tải lại`,
      en: `Someone else changed this record (version ${record.version}; you edited version ${expected}); reload it`,
    });
  }
}
