// Connects run() to the real process: stdout, stderr, stdin, environment, exit code.

import type { CliIo } from './io.js';
import { run } from './run.js';

function _write(stream: NodeJS.WriteStream): (text: string) => void {
  return (text) => {
    stream.write(text);
  };
}

// readline loads only when standard input is read, so a one-shot lookup does not pay for it.
async function* _stdinLines(): AsyncIterable<string> {
  const { createInterface } = await import('node:readline');
  yield* createInterface({ input: process.stdin, crlfDelay: Infinity });
}

/** Runs wuerr for this process and sets its exit code. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // A closed pipe (`wuerr scan big.log | head`) ends the output quietly instead of crashing.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: CliIo = {
    stdout: _write(process.stdout),
    stderr: _write(process.stderr),
    stdinLines: _stdinLines,
    stdinStream: () => process.stdin,
    env: process.env,
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
  try {
    process.exitCode = await run(argv, io);
  } catch (error) {
    process.stderr.write(`wuerr: unexpected error: ${(error as Error).message}\n`);
    process.exitCode = 70;
  }
}
