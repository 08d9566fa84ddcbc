// `wuerr serve`: the HTTP API and the web page on one port, until interrupted.

import type { FlagSpec } from '../args.js';
import { EXIT, readCommandArgs, usageError } from '../common.js';
import type { CliIo } from '../io.js';

const FLAGS: readonly FlagSpec[] = [
  { name: 'host', value: true },
  { name: 'port', short: 'p', value: true },
  { name: 'web', value: true },
  { name: 'help', short: 'h' },
];

export const HELP = `wuerr serve — HTTP API and web page

Usage:
  wuerr serve [--host 127.0.0.1] [--port 8080] [--web <folder>]

Options:
  --host <address>   address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  -p, --port <n>     port, 0–65535 (default 8080; 0 picks a free one)
  --web <folder>     the built web page (default: dist/web of this install)
  -h, --help         this help

API: GET /api/v1/codes/{input}, GET /api/v1/search?q=, GET /api/v1/catalog,
     POST /api/v1/scan (text/plain, at most 10 MiB), GET /openapi.json, GET /healthz
Page: / and permalinks /c/{code}. Stop with Ctrl+C.
`;

/** A hostname or an IPv4/IPv6 address, nothing else. */
function _validHost(host: string): boolean {
  return /^[A-Za-z0-9.-]{1,253}$/.test(host) || /^[0-9A-Fa-f:.]{2,45}$/.test(host);
}

/** Parses --port: a whole number 0–65535, or an error message naming the value. */
export function parsePort(text: string): number | { readonly error: string } {
  if (!/^[0-9]{1,5}$/.test(text) || Number(text) > 65535) return { error: `--port ${JSON.stringify(text)} is not a port; accepted: a whole number from 0 to 65535, e.g. --port 8080` };
  return Number(text);
}

/** Runs the server until SIGINT or SIGTERM. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = readCommandArgs(argv, io, 'serve', FLAGS, HELP);
  if (typeof args === 'number') return args;
  const { flags, positionals } = args;
  if (positionals.length > 0) return usageError(io, `unexpected argument ${JSON.stringify(positionals[0])}; serve takes only --host, --port and --web`, 'serve');
  const host = String(flags.get('host') ?? '127.0.0.1');
  if (!_validHost(host)) return usageError(io, `--host ${JSON.stringify(host)} is not a host name or address; for example --host 127.0.0.1 or --host 0.0.0.0`, 'serve');
  const port = parsePort(String(flags.get('port') ?? '8080'));
  if (typeof port !== 'number') return usageError(io, port.error, 'serve');

  const { listen } = await import('../../server/listen.js');
  const { defaultWebRoot, loadStaticAssets } = await import('../../server/static-files.js');
  const webFlag = flags.get('web');
  const webRoot = typeof webFlag === 'string' ? webFlag : defaultWebRoot();
  const assets = webRoot === undefined ? undefined : loadStaticAssets(webRoot);
  if (typeof webFlag === 'string' && assets === undefined) return usageError(io, `--web ${JSON.stringify(webFlag)} holds no index.html; build the page with npm run build:web`, 'serve');
  if (assets === undefined) io.stderr('wuerr serve: the web page is not built (npm run build:web); serving the API only\n');

  let started;
  try {
    started = await listen({ host, port, ...(assets ? { assets } : {}), logError: (e) => io.stderr(`wuerr serve: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? `port ${port} is in use; choose another with --port` : code === 'EACCES' ? `no permission to listen on port ${port}; use a port above 1023` : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' ? `${host} is not an address of this machine` : String((error as Error).message);
    io.stderr(`wuerr serve: ${why}\n`);
    return EXIT.notFound;
  }
  io.stdout(`wuerr serve: listening on ${started.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      started.server.close(() => resolve());
      (started.server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return EXIT.ok;
}
