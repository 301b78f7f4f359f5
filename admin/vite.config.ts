import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { PUBLIC_BASE } from './src/public/paths.js';

/**
 * The panel reads the schema's shape from @chung-tay/schema's introspection, never its
 * descriptions: dropping them keeps the first download small as the API grows.
 */
function introspectionWithoutDescriptions(): Plugin {
  return {
    name: 'chung-tay:introspection-without-descriptions',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]schema[\\/]src[\\/]generated[\\/]introspection\.json$/.test(id)) return null;
      const strip = (_key: string, value: unknown) => (_key === 'description' ? undefined : value);
      return { code: JSON.stringify(JSON.parse(code, strip)), map: null };
    },
  };
}

/**
 * main.tsx imports one of two apps, by address: the staff panel or the public statement. A dynamic
 * import would start its download only after the entry has run; this starts it with the entry's,
 * from a few bytes of inline script that know which app the address needs and its chunks' names.
 */
function preloadTheAppForTheAddress(): Plugin {
  const closure = (bundle: Rollup.OutputBundle, file: string, seen = new Set<string>()): Set<string> => {
    const chunk = bundle[file];
    if (seen.has(file) || !chunk || chunk.type !== 'chunk') return seen;
    seen.add(file);
    for (const next of chunk.imports) closure(bundle, next, seen);
    return seen;
  };
  const chunkOf = (bundle: Rollup.OutputBundle, source: RegExp) =>
    Object.values(bundle).find((c) => c.type === 'chunk' && !!c.facadeModuleId && source.test(c.facadeModuleId));
  return {
    name: 'chung-tay:preload-the-app-for-the-address',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        const entry = ctx.chunk?.fileName;
        const panel = bundle && chunkOf(bundle, /[\\/]src[\\/]App\.tsx$/);
        const publicApp = bundle && chunkOf(bundle, /[\\/]src[\\/]public[\\/]PublicApp\.tsx$/);
        if (!bundle || !entry || !panel || !publicApp) return;
        const files = (chunk: Rollup.OutputChunk) => {
          const loadedAnyway = closure(bundle, entry);
          return [...closure(bundle, chunk.fileName)].filter((f) => !loadedAnyway.has(f)).map((f) => `/${f}`);
        };
        const code =
          `(function(){var p=location.pathname,b=${JSON.stringify(PUBLIC_BASE)};` +
          `var f=p===b||p.indexOf(b+'/')===0?${JSON.stringify(files(publicApp as Rollup.OutputChunk))}:${JSON.stringify(files(panel as Rollup.OutputChunk))};` +
          `f.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)})})()`;
        return [{ tag: 'script', children: code, injectTo: 'head' }];
      },
    },
  };
}

// The API the dev server proxies to: `pnpm dev` at the root starts both (see README).
const apiTarget = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [introspectionWithoutDescriptions(), react(), preloadTheAppForTheAddress()],
  server: {
    port: Number(process.env.ADMIN_PORT ?? 5173),
    proxy: {
      '/graphql': apiTarget,
      '/healthz': apiTarget,
      '/graphiql': apiTarget,
      '/documents': apiTarget,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // dist/.vite/manifest.json: the chunk graph scripts/initial-size.ts measures (never served: a dot folder).
    manifest: true,
    // The initial load is measured and kept small by lazy resources; big shared chunks are fine.
    chunkSizeWarningLimit: 1500,
  },
});
