import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Locale } from '../context.js';
import type { FieldProblem, Localized } from '../common/errors.js';

const statusOf: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * Answers a plain HTTP route's failure the way /graphql does: `{ errors: [{ message, extensions:
 * { code, fields } }] }` in the caller's language, with a matching status. Anything that is not
 * a UserError is an internal error: logged, never described to the caller.
 */
export function sendRestError(res: Response, error: unknown, locale: Locale, logger: Logger): void {
  const extensions = error instanceof GraphQLError ? error.extensions : undefined;
  const code = typeof extensions?.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  const status = statusOf[code];
  if (!status) {
    logger.error({ err: error }, 'request failed');
    const message = locale === 'en' ? 'Internal server error' : 'Lỗi máy chủ nội bộ';
    res.status(500).json({ errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    return;
  }
  const i18n = extensions!.i18n as Localized | undefined;
  const fields = extensions!.fields as FieldProblem[] | undefined;
  res.status(status).json({
    errors: [
      {
        message: i18n ? i18n[locale] : (error as Error).message,
        extensions: {
          code,
          ...(fields ? { fields: fields.map((f) => ({ field: f.field, message: f.message[locale] })) } : {}),
        },
      },
    ],
  });
}
