// Measures what the first visit downloads as JavaScript: the entry script of dist/index.html and
// every module it preloads, gzipped. Lazy resource chunks are not counted: they load on first use.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const sources = [
  ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
].map((m) => m[1]!);

let raw = 0;
let gzip = 0;
for (const src of new Set(sources)) {
  const bytes = readFileSync(path.join(dist, src.replace(/^\//, '')));
  const zipped = gzipSync(bytes).length;
  raw += bytes.length;
  gzip += zipped;
  console.log(`${src}  ${(bytes.length / 1024).toFixed(1)} KB  gzip ${(zipped / 1024).toFixed(1)} KB`);
}
console.log(`initial JS: ${(raw / 1024).toFixed(1)} KB, gzip ${(gzip / 1024).toFixed(1)} KB`);
if (gzip > 400 * 1024) {
  console.error('initial JS is over the 400 KB (gzip) budget');
  process.exit(1);
}
