import express, { type NextFunction, type Request, type Response } from 'express';

/**
 * JSON bodies for /graphql, and a GraphQL-shaped 400 when one cannot be read (malformed, too
 * large), instead of Express's HTML error page.
 */
export function jsonBody() {
  const parse = express.json({ limit: '1mb' });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const status = (error as { status?: number }).status ?? 400;
      res.status(status).json({
        errors: [
          {
            message: status === 413 ? 'Request body is too large' : 'Request body is not valid JSON',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
    });
}
