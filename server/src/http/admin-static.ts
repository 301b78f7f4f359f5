import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** admin/dist beside this package (server/src/http → server → repo root → admin/dist). */
export const defaultAdminDist = path.resolve(fileURLToPath(new URL('../../../admin/dist', import.meta.url)));

/** Paths that belong to the server, never to the admin's client-side routes. */
const serverPrefixes = ['/graphql', '/healthz', '/graphiql'];

const notBuiltPage = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8" /><title>Chung Tay</title><meta name="viewport" content="width=device-width, initial-scale=1" /></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
  <h1>Chung Tay</h1>
  <p>Trang quản trị chưa được build. Hãy chạy <code>pnpm build</code> (hoặc <code>pnpm build:admin</code>) ở thư mục gốc rồi tải lại trang.</p>
  <p lang="en">The admin panel has not been built yet. Run <code>pnpm build</code> (or <code>pnpm build:admin</code>) at the repository root, then reload.</p>
  <p>API: <a href="/graphql">/graphql</a></p>
</body>
</html>`;

function isServerPath(urlPath: string): boolean {
  return serverPrefixes.some((prefix) => urlPath === prefix || urlPath.startsWith(`${prefix}/`));
}

/**
 * Serves the built admin panel at /: its files as they are (hashed assets cached for a year), and
 * index.html for every other GET that looks like a page (no file extension), so that client-side
 * routes such as /campaigns/12/show survive a reload. Mount it after /graphql.
 */
export function adminStatic(distDir: string = defaultAdminDist): Router {
  const router = express.Router();
  const indexFile = path.join(distDir, 'index.html');

  router.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: true }),
  );
  router.use(express.static(distDir, { index: false, maxAge: 0 }));

  router.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isServerPath(req.path)) return next();
    if (path.posix.extname(req.path) !== '') return next();
    // Checked per request, so that building the admin after the server started is enough.
    if (!existsSync(indexFile)) return void res.status(503).type('html').send(notBuiltPage);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}
