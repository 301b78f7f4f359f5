import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const requireFromServer = createRequire(new URL('../server/package.json', import.meta.url));

// The API suite runs on the embedded PGlite always, and again on PostgreSQL when
// TEST_DATABASE_URL names a server it may create throwaway databases on (CI always does).
const postgresUrl = process.env.TEST_DATABASE_URL;

const apiProject = (name: string, database: string) => ({
  extends: true as const,
  test: {
    name,
    include: ['api/**/*.test.ts'],
    setupFiles: ['./support/ledger-invariant.ts'],
    globalSetup: ['./support/seeded-snapshot.ts'],
    env: { TEST_DATABASE: database },
  },
});

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (main) and ESM (module) twins. Node loads the CommonJS one for
    // type-graphql; the server's source must get the same copy, or `instanceof GraphQLScalarType`
    // fails across the two.
    alias: [{ find: /^graphql$/, replacement: requireFromServer.resolve('graphql') }],
  },
  test: {
    // CI reads the counts from a JSON report (see .ci/run); people read the default one.
    reporters: process.env.TEST_REPORT_FILE ? ['default', 'json'] : ['default'],
    outputFile: process.env.TEST_REPORT_FILE ? { json: process.env.TEST_REPORT_FILE } : undefined,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      apiProject('api · pglite', 'pglite'),
      ...(postgresUrl ? [apiProject('api · postgresql', 'postgresql')] : []),
      { extends: true as const, test: { name: 'contract', include: ['contract/**/*.test.ts'] } },
      // The admin panel in Debian's Chromium, against the real server on PGlite (see admin/).
      {
        extends: true as const,
        test: {
          name: 'admin',
          include: ['admin/**/*.test.ts'],
          globalSetup: ['admin/global-setup.ts', './support/seeded-snapshot.ts'],
          env: { TEST_DATABASE: 'pglite' },
          // Each test is a user's journey of many steps, each with its own 15 s limit: the whole
          // journey gets a minute, so a loaded machine slows it down rather than failing it.
          testTimeout: 60_000,
          // The page answers a change when its request returns: a poll waits for it as long as an
          // action would (vitest's default is one second).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
