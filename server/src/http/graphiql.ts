import express, { type Router } from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dirOf = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));

const page = `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8" />
  <title>Chung Tay · GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="stylesheet" href="/graphiql/assets/graphiql.min.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Đang tải GraphiQL…</div>
  <script src="/graphiql/assets/react.production.min.js"></script>
  <script src="/graphiql/assets/react-dom.production.min.js"></script>
  <script src="/graphiql/assets/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: '{\\n  campaigns(filter: { q: "ninh thuan" }) {\\n    totalCount\\n    nodes { code name moneyTarget scopeUnit { name today { name } } }\\n  }\\n}\\n',
      }),
    );
  </script>
</body>
</html>`;

/**
 * GraphiQL for development, served from the installed packages: these machines are offline,
 * so nothing may come from a CDN.
 */
export function graphiqlRouter(): Router {
  const router = express.Router();
  const assets: Record<string, string> = {
    'graphiql.min.css': path.join(dirOf('graphiql'), 'graphiql.min.css'),
    'graphiql.min.js': path.join(dirOf('graphiql'), 'graphiql.min.js'),
    'react.production.min.js': path.join(dirOf('react'), 'umd/react.production.min.js'),
    'react-dom.production.min.js': path.join(dirOf('react-dom'), 'umd/react-dom.production.min.js'),
  };
  router.get('/graphiql/assets/:file', (req, res) => {
    const file = assets[req.params.file];
    if (!file) return void res.status(404).end();
    // pnpm keeps packages under node_modules/.pnpm: a dot folder that send() refuses by default.
    res.sendFile(file, { maxAge: '1d', dotfiles: 'allow' });
  });
  router.get('/graphiql', (_req, res) => void res.type('html').send(page));
  return router;
}
