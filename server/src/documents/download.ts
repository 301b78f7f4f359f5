import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import { createContext, type Context } from '../context.js';
import type { Orm } from '../db/orm.js';
import { sendRestError } from '../http/rest-error.js';

/** A document handler: it gets the same context a GraphQL resolver would (caller, scope, locale). */
export type DocumentHandler = (ctx: Context, req: Request, res: Response) => Promise<void>;

/**
 * Wraps a download route: builds the request's context with the GraphQL endpoint's own code
 * (session cookie or bearer token, one auth), and turns the errors a caller can fix into the
 * GraphQL error shape with a matching HTTP status, in the caller's language. Once a file has
 * started streaming its status is sent; a failure then cuts the download short, so the client
 * never mistakes a partial file for a whole one.
 */
export function download(config: AppConfig, orm: Orm, logger: Logger, handler: DocumentHandler) {
  return async (req: Request, res: Response, _next: NextFunction) => {
    let ctx: Context | undefined;
    try {
      ctx = await createContext(config, orm.em, req);
      await handler(ctx, req, res);
    } catch (error) {
      if (res.headersSent) {
        logger.error({ err: error, path: req.path }, 'document download failed mid-stream');
        res.destroy(error instanceof Error ? error : undefined);
        return;
      }
      sendRestError(res, error, ctx?.locale ?? 'vi', logger);
    }
  };
}

/**
 * Sets the download headers. The filename is plain ASCII (no diacritics, no spaces: every
 * browser and mail client keeps it intact), e.g. "sao-ke-quy-12-2025-10-17.xlsx".
 */
export function attachment(res: Response, filename: string, contentType: string, cacheable: boolean): void {
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${asciiFilename(filename)}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Private documents (a donor's receipt) must not sit in a shared cache.
  res.setHeader('Cache-Control', cacheable ? 'no-cache' : 'private, no-store');
}

/** "Biên nhận QVNN-NINH-THUẬN 2025/000001.pdf" → "bien-nhan-qvnn-ninh-thuan-2025-000001.pdf". */
export function asciiFilename(name: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  const ascii = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const base = ascii(stem).slice(0, 120) || 'tai-lieu';
  return ext ? `${base}.${ascii(ext)}` : base;
}

/** Streams a PDF being drawn to the response, ends it, and resolves when the response has it all. */
export async function sendPdf(res: Response, pdf: PDFKit.PDFDocument): Promise<void> {
  const finished = new Promise<void>((resolve, reject) => {
    res.once('finish', resolve);
    res.once('close', resolve);
    pdf.once('error', reject);
  });
  pdf.pipe(res);
  pdf.end();
  await finished;
}
