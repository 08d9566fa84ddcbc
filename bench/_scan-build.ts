// Compiles wuerr into a temp directory once per benchmark run, so children run plain JavaScript (no tsx start-up).

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Builds src/ with tsconfig.build.json into a fresh temp dir; returns that dir. */
export function buildToTemp(): string {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const out = mkdtempSync(join(tmpdir(), 'wuerr-bench-dist-'));
  const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', out, '--declaration', 'false'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('building wuerr for the benchmark failed');
  return out;
}
