import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const admin = path.join(root, 'admin');
const builtIndex = path.join(admin, 'dist', 'index.html');

/** The newest modification time under these paths (files or folders, recursively). */
function newest(paths: string[]): number {
  let latest = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) latest = Math.max(latest, newest([path.join(p, entry)]));
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  }
  return latest;
}

/**
 * The browser tests run against the built admin, as the server serves it. Build it when it is
 * missing or older than its sources (a few seconds); otherwise reuse it.
 */
export function setup() {
  const sources = newest([
    path.join(admin, 'src'),
    path.join(admin, 'public'),
    path.join(admin, 'index.html'),
    path.join(admin, 'vite.config.ts'),
    path.join(admin, 'package.json'),
    path.join(root, 'schema', 'src'),
  ]);
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= sources) return;
  // Vitest runs with NODE_ENV=test; the admin must be built as it ships (React's production build).
  execFileSync('pnpm', ['--filter', '@chung-tay/admin', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
