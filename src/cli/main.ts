// Connects run() to the real process: stdout, stderr, stdin, environment, exit code.

import { fstatSync, writeSync } from 'node:fs';
import type { CliIo } from './io.js';
import { run } from './run.js';

/**
 * Writes straight to the file descriptor: a one-shot lookup then never builds process.stdout (a stream whose
 * set-up costs more than the lookup). When the descriptor would block (a full non-blocking pipe), the rest goes
 * through the stream, which queues it.
 */
function _writer(fd: 1 | 2): (text: string) => void {
  let useStream = false;
  const stream = (): NodeJS.WriteStream => (fd === 1 ? process.stdout : process.stderr);
  return (text) => {
    if (useStream) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    try {
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A reader that went away (`wuerr scan big.log | head`) ends the output quietly.
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (code !== 'EAGAIN') throw error;
      useStream = true;
      _quietOnEpipe(stream());
      stream().write(bytes.subarray(offset));
    }
  };
}

function _quietOnEpipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// readline loads only when standard input is read, so a one-shot lookup does not pay for it.
async function* _stdinLines(): AsyncIterable<string> {
  const { createInterface } = await import('node:readline');
  yield* createInterface({ input: process.stdin, crlfDelay: Infinity });
}

/**
 * Whether a descriptor is a terminal. A character device is taken for one: node:tty would cost more start-up time
 * than the whole lookup, and the only other character device in practice, /dev/null, never shows what it receives.
 */
function _isTerminal(fd: 0 | 1 | 2): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

/** Runs wuerr for this process and sets its exit code. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const io: CliIo = {
    stdout: _writer(1),
    stderr: _writer(2),
    stdinLines: _stdinLines,
    stdinStream: () => process.stdin,
    env: process.env,
    stdinIsTTY: _isTerminal(0),
    stdoutIsTTY: _isTerminal(1),
    stderrIsTTY: _isTerminal(2),
    cwd: process.cwd(),
  };
  try {
    process.exitCode = await run(argv, io);
  } catch (error) {
    process.stderr.write(`wuerr: unexpected error: ${(error as Error).message}\n`);
    process.exitCode = 70;
  }
}
