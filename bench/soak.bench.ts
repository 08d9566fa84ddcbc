// A soak of wuerr serve: 60 s of mixed requests (lookup, search, catalog, scan, errors) while sampling the server's RSS.
import { readFileSync } from 'node:fs';
import { autocannon, startChild } from './_serve-util.js';

const SECONDS = Number(process.env['WUERR_SOAK_SECONDS'] ?? 60);
const CONNECTIONS = 32;

/** The resident set size of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const server = await startChild('wuerr');
const pid = server.child.pid!;
const log = 'Exit code = 0x80CF4017\nhr=0x8024402C\nHResult : -2145124322\n'.repeat(200);
const requests = [
  { method: 'GET', path: '/api/v1/codes/0x80cf4017' },
  { method: 'GET', path: '/api/v1/codes/-2145124322' },
  { method: 'GET', path: '/api/v1/codes/0x80070005' },
  { method: 'GET', path: '/api/v1/search?q=proxy%20auth&limit=10' },
  { method: 'GET', path: '/api/v1/catalog' },
  { method: 'GET', path: '/c/0x80CF4017' },
  { method: 'POST', path: '/api/v1/scan', headers: { 'content-type': 'text/plain' }, body: log },
  { method: 'GET', path: '/nope' },
];
try {
  const samples: Array<[number, number]> = [[0, rssMb(pid)]];
  const started = Date.now();
  const timer = setInterval(() => samples.push([Math.round((Date.now() - started) / 1000), rssMb(pid)]), 5000);
  const result = await autocannon({ url: `http://127.0.0.1:${server.port}`, connections: CONNECTIONS, duration: SECONDS, requests });
  clearInterval(timer);
  samples.push([SECONDS, rssMb(pid)]);
  console.log(`soak: ${SECONDS} s, ${CONNECTIONS} connections, ${result.requests.total} requests (${result.requests.average.toFixed(0)}/s), errors ${result.errors}, 5xx ${result['5xx']}`);
  console.log('RSS samples (s: MB): ' + samples.map(([t, mb]) => `${t}: ${mb.toFixed(1)}`).join(', '));
  // Growth after warm-up: the first samples include JIT and the lazily built catalog and search index.
  const warm = samples.find(([t]) => t >= 10) ?? samples[0]!;
  const last = samples[samples.length - 1]!;
  const warmSamples = samples.filter(([t]) => t >= warm[0]).map(([, mb]) => mb);
  console.log(`RSS range after warm-up: ${Math.min(...warmSamples).toFixed(1)}–${Math.max(...warmSamples).toFixed(1)} MB`);
  console.log(`RSS growth after warm-up (${warm[0]} s -> ${last[0]} s): ${(last[1] - warm[1]).toFixed(1)} MB (${(((last[1] - warm[1]) / warm[1]) * 100).toFixed(1)} %)`);
} finally {
  await server.stop();
}
