// Requests/s and p99 latency of GET /api/v1/codes/0x80cf4017 from wuerr serve's app, side by side with a bare
// node:http server answering the same JSON bytes as a constant; each server runs in its own process.
import { load, startChild, type LoadResult } from './_serve-util.js';

const PATH = '/api/v1/codes/0x80cf4017';
const CONNECTIONS = Number(process.env['WUERR_BENCH_CONNECTIONS'] ?? 64);
const SECONDS = Number(process.env['WUERR_BENCH_SECONDS'] ?? 5);
const ROUNDS = 3;

/** The round with the median requests/s. */
function median(results: readonly LoadResult[]): LoadResult {
  return [...results].sort((a, b) => a.rps - b.rps)[Math.floor(results.length / 2)]!;
}

const bare = await startChild('bare');
const wuerr = await startChild('wuerr');
try {
  // Warm both up (JIT, catalog build) before measuring.
  await load(`http://127.0.0.1:${bare.port}${PATH}`, CONNECTIONS, 2);
  await load(`http://127.0.0.1:${wuerr.port}${PATH}`, CONNECTIONS, 2);
  // Alternate the two servers so drift in the machine's load hits both alike; report each one's median round.
  const bareRounds: LoadResult[] = [];
  const wuerrRounds: LoadResult[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    bareRounds.push(await load(`http://127.0.0.1:${bare.port}${PATH}`, CONNECTIONS, SECONDS));
    wuerrRounds.push(await load(`http://127.0.0.1:${wuerr.port}${PATH}`, CONNECTIONS, SECONDS));
  }
  const b = median(bareRounds);
  const w = median(wuerrRounds);
  const errors = wuerrRounds.reduce((n, r) => n + r.errors + r.non2xx, 0);
  console.log(`GET ${PATH}, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s per server, median round (autocannon)`);
  console.log('server            req/s      p99 ms   errors   non-2xx');
  for (const [name, r] of [['wuerr serve', w], ['bare node:http', b]] as const) {
    console.log(`${name.padEnd(16)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p99).padStart(10)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(9)}`);
  }
  const ratio = w.rps / b.rps;
  console.log(`ratio wuerr/bare: ${ratio.toFixed(2)} (target >= 0.70), errors in all wuerr rounds: ${errors} (target 0)`);
} finally {
  await wuerr.stop();
  await bare.stop();
}
