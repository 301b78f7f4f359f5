import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

// The API the dev server proxies to: `pnpm dev` at the root starts both (see README).
const apiTarget = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [introspectionWithoutDescriptions(), react()],
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
