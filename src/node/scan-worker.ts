// Worker thread body for parallel file scans: scans one byte range of a plain UTF-8 file and posts its summary.

import { parentPort, workerData } from 'node:worker_threads';
import { createScanner } from '../core/scan.js';
import { feedRange } from './scan-file.js';

interface _Job {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly file?: string;
}

async function _main(job: _Job): Promise<void> {
  const scanner = createScanner(job.file !== undefined ? { file: job.file } : {});
  let lastReport = 0;
  let read = 0;
  await feedRange(scanner, job.path, job.start, job.end, (done) => {
    read = done;
    if (done - lastReport >= 16 << 20) {
      lastReport = done;
      parentPort!.postMessage({ progress: done });
    }
  });
  parentPort!.postMessage({ progress: read, summary: scanner.end() });
}

_main(workerData as _Job).catch((err: unknown) => parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err) }));
