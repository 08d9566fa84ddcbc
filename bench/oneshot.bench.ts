// One-shot CLI wall time: `wuerr 0x80cf4017` (the built bin) against `node -e 0`, interleaved run by run so both see the same machine.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/wuerr.js', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/cli/wuerr.js', import.meta.url)))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}
const runs = Number(process.env['WUERR_BENCH_RUNS'] ?? 40);

function time(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const ours: number[] = [];
const base: number[] = [];
time([bin, '0x80cf4017']); // let the OS cache the files once
for (let i = 0; i < runs; i++) {
  base.push(time(['-e', '0']));
  ours.push(time([bin, '0x80cf4017']));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const [a, b] = [median(ours), median(base)];
console.log(`one-shot wall time, median of ${runs} interleaved runs`);
console.log(`wuerr 0x80cf4017  ${a.toFixed(1)} ms`);
console.log(`node -e 0         ${b.toFixed(1)} ms`);
console.log(`ratio             ${(a / b).toFixed(2)} × (target ≤ 1.30: ${a / b <= 1.3 ? 'met' : 'MISSED'})`);
