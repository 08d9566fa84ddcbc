// A fake CliIo for tests: collects output, serves stdin from a list of lines or a buffer.
import type { CliIo } from '../io.js';

export interface FakeIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

export function fakeIo(options: { stdin?: readonly string[] | Uint8Array; env?: Record<string, string>; tty?: boolean; cwd?: string } = {}): FakeIo {
  let out = '';
  let err = '';
  const stdin = options.stdin;
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stdinLines: async function* () {
      if (stdin === undefined) return;
      const lines = stdin instanceof Uint8Array ? new TextDecoder().decode(stdin).split(/\r?\n/) : stdin;
      yield* lines;
    },
    stdinStream: async function* () {
      if (stdin === undefined) return;
      yield stdin instanceof Uint8Array ? stdin : new TextEncoder().encode(stdin.join('\n'));
    },
    env: options.env ?? {},
    stdinIsTTY: options.tty ?? stdin === undefined,
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    cwd: options.cwd ?? process.cwd(),
    out: () => out,
    err: () => err,
  };
}
