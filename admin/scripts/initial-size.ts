// Measures what a first visit downloads as JavaScript, gzipped, from Vite's chunk graph
// (dist/.vite/manifest.json): the entry script of dist/index.html, then the app main.tsx picks for
// the address — the staff panel (src/App.tsx) or the public statement (src/public/PublicApp.tsx) —
// with every chunk each imports statically. Lazy screens are not counted: they load on first use.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  imports?: string[];
}

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;

/** The chunk and everything it imports statically, by manifest key. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  seen.add(key);
  for (const next of chunk.imports ?? []) closure(next, seen);
  return seen;
}

function measure(label: string, app: string, budgetKb: number): boolean {
  let raw = 0;
  let gzip = 0;
  const files = [...closure(app, closure('index.html'))]
    .map((key) => manifest[key]!.file)
    .filter((f) => f.endsWith('.js'));
  for (const file of files) {
    const bytes = readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  const over = gzip > budgetKb * 1024;
  console.log(
    `${label}: ${files.length} files, ${(raw / 1024).toFixed(1)} KB, gzip ${(gzip / 1024).toFixed(1)} KB ` +
      `(budget ${budgetKb} KB)${over ? '  OVER BUDGET' : ''}`,
  );
  return !over;
}

const ok = [
  measure('staff panel initial JS', 'src/App.tsx', 400),
  // Read on phones over mobile data: the public page keeps well under the panel.
  measure('public page initial JS', 'src/public/PublicApp.tsx', 250),
].every(Boolean);
if (!ok) process.exit(1);
