// Page weight: builds the web page and sums the gzipped bytes of everything its first load fetches (index.html and
// every file it references), the catalog and search included in the script bundle; the budget is 120 KB.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET = 120 * 1024;
const root = fileURLToPath(new URL('../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'wuerr-weight-'));
try {
  await build({ configFile: join(root, 'web/vite.config.ts'), logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // Everything a browser fetches on first load: the page, and each script and stylesheet it names (icons are data: URLs).
  const refs = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!);
  const files = ['index.html', ...refs];
  let raw = 0;
  let gz = 0;
  console.log('file                                   raw bytes   gzip -9 bytes');
  for (const f of files) {
    const body = readFileSync(join(dir, f));
    const g = gzipSync(body, { level: 9 }).byteLength;
    raw += body.byteLength;
    gz += g;
    console.log(`${f.padEnd(38)} ${String(body.byteLength).padStart(9)} ${String(g).padStart(15)}`);
  }
  console.log(`first load: ${raw} bytes, ${gz} bytes gzipped = ${(gz / 1024).toFixed(1)} KB of a ${BUDGET / 1024} KB budget (${((gz / BUDGET) * 100).toFixed(0)} %)`);
  if (gz > BUDGET) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
