// Worker thread body for parallel file scans: scans one byte range of a plain UTF-8 file and posts its summary.

import { open } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { createScanner } from '../core/scan.js';
import { pushPieces } from './scan-file.js';

interface _Job {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly file?: string;
}

async function _main(job: _Job): Promise<void> {
  const handle = await open(job.path, 'r');
  try {
    const scanner = createScanner(job.file !== undefined ? { file: job.file } : {});
    const buf = Buffer.allocUnsafe(1 << 20);
    let pos = job.start;
    let lastReport = 0;
    while (pos < job.end) {
      const { bytesRead } = await handle.read(buf, 0, Math.min(buf.length, job.end - pos), pos);
      if (bytesRead === 0) break;
      const skip = pos === 0 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
      pushPieces(scanner, buf, skip, bytesRead);
      pos += bytesRead;
      if (pos - lastReport >= 16 << 20) {
        lastReport = pos;
        parentPort!.postMessage({ progress: pos - job.start });
      }
    }
    parentPort!.postMessage({ progress: pos - job.start, summary: scanner.end() });
  } finally {
    await handle.close();
  }
}

_main(workerData as _Job).catch((err: unknown) => parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err) }));
