// Scan throughput on a generated mixed-format log (default ~1 GB; WUERR_BENCH_MB to change), side by side with
// ripgrep's `rg -c -i '0x[0-9a-f]{8}'` on the same file, plus wuerr's peak memory.

import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildToTemp } from './_scan-build.js';
import { ensureLog } from './scan-gen.js';

const mb = Number(process.env['WUERR_BENCH_MB'] ?? 1024);
const rounds = Number(process.env['WUERR_BENCH_ROUNDS'] ?? 3);
const path = await ensureLog(mb);
const size = statSync(path).size;
const dist = buildToTemp();

// The child scans the file through the Node API (what `wuerr scan --json` runs) and reports its own peak RSS.
const child = join(dist, 'bench-scan-child.mjs');
writeFileSync(
  child,
  `import { scanFile } from './node/scan-file.js';
const threads = Number(process.argv[3]);
const s = await scanFile(process.argv[2], { threads });
process.stdout.write(JSON.stringify({ occurrences: s.totals.occurrences, codes: s.codes.length, lines: s.totals.lines, maxRssKb: process.resourceUsage().maxRSS }));
`,
);

function hasRipgrep(): boolean {
  return spawnSync('rg', ['--version']).status === 0;
}

/** Wall time of one command in ms, and its stdout. */
function timed(cmd: string, args: readonly string[]): { ms: number; out: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { ms, out: String(r.stdout) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
readFileSync(path, { flag: 'r' }).length; // page cache warm for both tools (the file is read whole once)

console.log(`file: ${path} (${(size / 1048576).toFixed(0)} MiB, ${rounds} rounds, median; both read the same cached file)`);
if (!hasRipgrep()) {
  console.log('ripgrep (rg) is not installed: apt-get install -y ripgrep');
  process.exit(1);
}
const threads = [1, 2];
const rg: number[] = [];
const ours: Record<number, number[]> = { 1: [], 2: [] };
let result: { occurrences: number; codes: number; lines: number; maxRssKb: number } | undefined;
const rss: Record<number, number> = {};
let rgCount = '';
for (let r = 0; r < rounds; r++) {
  const a = timed('rg', ['-c', '-i', '0x[0-9a-f]{8}', path]);
  rg.push(a.ms);
  rgCount = a.out.trim();
  for (const t of threads) {
    const b = timed(process.execPath, [child, path, String(t)]);
    ours[t]!.push(b.ms);
    result = JSON.parse(b.out);
    rss[t] = Math.max(rss[t] ?? 0, result!.maxRssKb);
  }
}
const rate = (ms: number) => size / 1e6 / (ms / 1000);
console.log(`rg -c -i '0x[0-9a-f]{8}'     ${rate(median(rg)).toFixed(0).padStart(6)} MB/s   (${rgCount} matching lines)`);
for (const t of threads) {
  const r = rate(median(ours[t]!));
  console.log(`wuerr scan, ${t} thread(s)       ${r.toFixed(0).padStart(6)} MB/s   ${(r / rate(median(rg))).toFixed(2)} × ripgrep   peak RSS ${(rss[t]! / 1024).toFixed(0)} MB`);
}
console.log(`wuerr found ${result!.occurrences} occurrences of ${result!.codes} codes on ${result!.lines} lines (times include process start-up for both)`);
