import type { Router } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import type { Orm } from '../db/orm.js';
import { receivePovertyFile } from '../modules/poverty/poverty-import.service.js';
import { fileUploadRoute } from './file-upload-route.js';

/** POST /imports/poverty/:id/file — a poverty-statistics file (CSV or XLSX); answers with the preview's counts. */
export function povertyUploadRouter(config: AppConfig, orm: Orm, logger: Logger): Router {
  return fileUploadRoute(config, orm, logger, '/imports/poverty/:id/file', async (ctx, id, req) => {
    const record = await receivePovertyFile(ctx, id, req, () => req.complete);
    return {
      povertyImport: {
        id: String(record.id),
        status: record.status,
        lineCount: record.lineCount,
        invalidCount: record.invalidCount,
        newCount: record.newCount,
        changedCount: record.changedCount,
        unchangedCount: record.unchangedCount,
      },
    };
  });
}
