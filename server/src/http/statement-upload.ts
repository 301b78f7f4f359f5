import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import { createContext } from '../context.js';
import type { Orm } from '../db/orm.js';
import { badInput } from '../common/errors.js';
import { receiveStatementFile } from '../modules/imports/statement-import.service.js';
import { requireCaller } from '../modules/users/access.js';
import { sendRestError } from './rest-error.js';

// Forms can send these cross-site without a preflight; a file upload must not be one of them.
const SIMPLE_TYPES = /^(text\/plain|multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/**
 * POST /imports/statements/:id/file — the statement file's bytes, streamed (any size; never held
 * in memory). Same login as /graphql (session cookie or bearer token). Answers with the import's
 * preview counts, or a GraphQL-shaped error. Resend the whole file to resume an interrupted upload.
 */
export function statementUploadRouter(config: AppConfig, orm: Orm, logger: Logger): Router {
  const router = Router();
  router.post('/imports/statements/:id/file', async (req: Request<{ id: string }>, res: Response) => {
    const ctx = await createContext(config, orm.em, req, res);
    try {
      requireCaller(ctx);
      if (SIMPLE_TYPES.test(req.headers['content-type'] ?? 'text/plain')) {
        throw badInput('file', {
          vi: 'Gửi tệp với Content-Type: text/csv, application/octet-stream hoặc kiểu của Excel',
          en: 'Send the file with Content-Type text/csv, application/octet-stream or the Excel type',
        });
      }
      const record = await receiveStatementFile(ctx, req.params.id, req, () => req.complete);
      res.json({
        data: {
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
        },
      });
    } catch (error) {
      // Whatever is left of the body is not wanted; let the connection close cleanly.
      req.resume();
      sendRestError(res, error, ctx.locale, logger);
    }
  });
  return router;
}
