import type { Router } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import type { Orm } from '../db/orm.js';
import { receiveStatementFile } from '../modules/imports/statement-import.service.js';
import { fileUploadRoute } from './file-upload-route.js';

/**
 * POST /imports/statements/:id/file — the statement file's bytes, streamed (any size; never held
 * in memory). Answers with the import's preview counts. Resend the whole file to resume an
 * interrupted upload.
 */
export function statementUploadRouter(config: AppConfig, orm: Orm, logger: Logger): Router {
  return fileUploadRoute(config, orm, logger, '/imports/statements/:id/file', async (ctx, id, req) => {
    const record = await receiveStatementFile(ctx, id, req, () => req.complete);
    return {
      statementImport: {
        id: String(record.id),
        status: record.status,
        linesRead: record.linesRead,
        validCount: record.validCount,
        duplicateCount: record.duplicateCount,
        invalidCount: record.invalidCount,
        skippedCount: record.skippedCount,
        validAmount: record.validAmount.toString(),
      },
    };
  });
}
