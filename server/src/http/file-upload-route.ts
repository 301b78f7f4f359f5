import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import { createContext, type Context } from '../context.js';
import type { Orm } from '../db/orm.js';
import { badInput } from '../common/errors.js';
import { requireCaller } from '../modules/users/access.js';
import { sendRestError } from './rest-error.js';

// Forms can send these cross-site without a preflight; a file upload must not be one of them.
const SIMPLE_TYPES = /^(text\/plain|multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/**
 * POST `path` (with an `:id`) — a file's bytes as the body, for an import started through
 * GraphQL. Same login as /graphql (session cookie or bearer token), same error shape. `receive`
 * reads the body as a stream and answers the JSON `data` to send back.
 */
export function fileUploadRoute(
  config: AppConfig,
  orm: Orm,
  logger: Logger,
  path: string,
  receive: (ctx: Context, id: string, req: Request<{ id: string }>) => Promise<Record<string, unknown>>,
): Router {
  const router = Router();
  router.post(path, async (req: Request<{ id: string }>, res: Response) => {
    const ctx = await createContext(config, orm.em, req, res);
    try {
      requireCaller(ctx);
      if (SIMPLE_TYPES.test(req.headers['content-type'] ?? 'text/plain')) {
        throw badInput('file', {
          vi: 'Gửi tệp với Content-Type: text/csv, application/octet-stream hoặc kiểu của Excel',
          en: 'Send the file with Content-Type text/csv, application/octet-stream or the Excel type',
        });
      }
      res.json({ data: await receive(ctx, req.params.id, req) });
    } catch (error) {
      // Whatever is left of the body is not wanted; let the connection close cleanly.
      req.resume();
      sendRestError(res, error, ctx.locale, logger);
    }
  });
  return router;
}
