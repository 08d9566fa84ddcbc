// Helpers for the serve benchmarks: start a benchmark server in a child process and load it with autocannon.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** A running child server. */
export interface ChildServer {
  readonly child: ChildProcess;
  readonly port: number;
  readonly stop: () => Promise<void>;
}

/** Starts `bench/_serve-child.ts <role>` and waits for the port it prints. */
export function startChild(role: 'wuerr' | 'bare'): Promise<ChildServer> {
  const script = fileURLToPath(new URL('./_serve-child.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, role], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    child.once('exit', (code) => reject(new Error(`${role} server exited with ${code} before listening`)));
    lines.once('line', (line) => {
      const { port } = JSON.parse(line) as { port: number };
      const stop = () => new Promise<void>((done) => (child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill('SIGTERM'))));
      resolve({ child, port, stop });
    });
  });
}

/** The parts of autocannon's result the benchmarks read. */
export interface AutocannonResult {
  readonly requests: { readonly average: number; readonly total: number };
  readonly latency: { readonly p99: number };
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly '5xx': number;
}

/** autocannon ships no types; a variable specifier keeps the compiler from looking for them. */
export async function autocannon(options: object): Promise<AutocannonResult> {
  const specifier = 'autocannon';
  const mod = (await import(specifier)) as { default: (o: object) => Promise<AutocannonResult> };
  return mod.default(options);
}

/** What autocannon measured. */
export interface LoadResult {
  readonly rps: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

/** Loads a URL with autocannon for a while, at a number of connections. */
export async function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}
