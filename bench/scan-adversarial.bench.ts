// Hostile inputs against a normal log: cost per MB for 0x0x0x…, one long line of hex digits, and random bytes.
// Linear time means each ratio to the normal log stays a small constant, whatever the size.

import { writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanFile } from '../src/node/scan-file.js';
import { ensureLog } from './scan-gen.js';

const MB = 1024 * 1024;
const sizes = { '0x0x0x…': 50, 'one line of hex digits': 100, 'random bytes': 50 } as const;

function make(name: string, mb: number, fill: (buf: Buffer) => void): string {
  const path = join(tmpdir(), `wuerr-adversarial-${name.replace(/[^a-z]+/g, '-')}-${mb}mb.bin`);
  if (existsSync(path) && statSync(path).size === mb * MB) return path;
  const buf = Buffer.allocUnsafe(mb * MB);
  fill(buf);
  writeFileSync(path, buf);
  return path;
}

const inputs: Record<string, string> = {
  'normal log (50 MB)': await ensureLog(50),
  '0x0x0x… (50 MB, no newline)': make('0x0x0x', sizes['0x0x0x…'], (b) => b.fill('0x')),
  'one line of hex digits (100 MB)': make('hexline', sizes['one line of hex digits'], (b) => b.fill('0123456789abcdefABCDEF')),
  'random bytes (50 MB)': make('random', sizes['random bytes'], (b) => {
    let s = 0x2545f491;
    for (let i = 0; i < b.length; i += 4) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      b.writeUInt32LE(s >>> 0, i);
    }
  }),
};

async function msPerMb(path: string): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    await scanFile(path, { threads: 1 });
    best = Math.min(best, performance.now() - t0);
  }
  return best / (statSync(path).size / MB);
}

console.log('input                                ms per MB   × normal log   (one thread, best of 3; memory: see the scan benchmark)');
let normal = 0;
for (const [label, path] of Object.entries(inputs)) {
  const cost = await msPerMb(path);
  if (normal === 0) normal = cost;
  console.log(`${label.padEnd(36)} ${cost.toFixed(2).padStart(9)}   ${(cost / normal).toFixed(2).padStart(12)}`);
}
