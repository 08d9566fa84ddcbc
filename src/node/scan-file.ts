// Node adapter for scanning: files, stdin and streams; BOM-detected UTF-8/UTF-16, gzip, and parallel parts for big files.

import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createScanner, mergeSummaries, type ScanOptions, type Scanner } from '../core/scan.js';
import type { ScanSummary } from '../core/scan-types.js';

/** Options for scanning a file or stream. */
export interface NodeScanOptions extends ScanOptions {
  /** Called now and then with bytes read so far and the total (when known), for a progress bar. */
  onProgress?: (done: number, total: number | undefined) => void;
  /**
   * Worker threads for a large plain (not gzip, not UTF-16) file scanned without per-occurrence callbacks.
   * Default: the machine's cores, at most 4; 1 scans in this thread.
   */
  threads?: number;
}

/** How the bytes of an input are encoded, as told by its first bytes. */
export type InputEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'gzip';

const _PIECE = 1 << 20;
/**
 * Characters per string handed to the scanner. Small strings die young in V8's new space; a 1 MB string would
 * land in large-object space and pile up until a full collection, which doubles the peak memory.
 */
const _STRING_PIECE = 32 * 1024;

/** Hands bytes [start, end) of a buffer to the scanner as latin1 strings of at most 32 KB. */
export function pushPieces(scanner: Scanner, buf: Buffer, start: number, end: number): void {
  for (let o = start; o < end; o += _STRING_PIECE) scanner.pushLatin1(buf.toString('latin1', o, Math.min(end, o + _STRING_PIECE)));
}
/** Files smaller than this are scanned in one thread: starting workers costs more than it saves. */
const _PARALLEL_MIN = 64 * 1024 * 1024;

/**
 * What the first bytes say about the encoding (BOMs and the gzip magic number), and how many bytes the BOM takes.
 * @example detectEncoding(Uint8Array.of(0xff, 0xfe, 0x41, 0)) //=> { encoding: 'utf16le', bom: 2 }
 */
export function detectEncoding(head: Uint8Array): { encoding: InputEncoding; bom: number } {
  if (head[0] === 0x1f && head[1] === 0x8b) return { encoding: 'gzip', bom: 0 };
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bom: 2 };
  return { encoding: 'utf8', bom: 0 };
}

/** Feeds bytes to a scanner in the right decoding, whatever the chunk boundaries (BOM detection included). */
class _Feeder {
  private head: Buffer | undefined = Buffer.alloc(0);
  private mode: 'utf8' | 'utf16le' | 'utf16be' | undefined;
  private odd: number | undefined;
  private decoder: TextDecoder | undefined;

  constructor(private readonly scanner: Scanner) {}

  write(chunk: Buffer): void {
    if (this.mode === undefined) {
      const head = Buffer.concat([this.head!, chunk]);
      if (head.length < 3) {
        this.head = head;
        return;
      }
      this.head = undefined;
      const { encoding, bom } = detectEncoding(head);
      this.mode = encoding === 'gzip' ? 'utf8' : encoding;
      if (this.mode !== 'utf8') this.decoder = new TextDecoder('utf-16le');
      chunk = head.subarray(bom);
    }
    if (this.mode === 'utf8') {
      pushPieces(this.scanner, chunk, 0, chunk.length);
      return;
    }
    if (this.mode === 'utf16be') chunk = this.swap(chunk);
    this.scanner.push(this.decoder!.decode(chunk, { stream: true }));
  }

  /** Swaps byte pairs (UTF-16BE to LE), holding an odd last byte for the next chunk. */
  private swap(chunk: Buffer): Buffer {
    const joined = this.odd === undefined ? chunk : Buffer.concat([Buffer.of(this.odd), chunk]);
    const even = joined.length & ~1;
    this.odd = even < joined.length ? joined[even] : undefined;
    const out = Buffer.from(joined.subarray(0, even));
    out.swap16();
    return out;
  }

  end(): ScanSummary {
    if (this.mode === undefined && this.head !== undefined && this.head.length > 0) {
      const head = this.head;
      this.head = undefined;
      const { bom } = detectEncoding(head);
      this.mode = 'utf8';
      this.scanner.pushLatin1(head.toString('latin1', bom, head.length));
    }
    if (this.decoder !== undefined) {
      const rest = this.decoder.decode();
      if (rest !== '') this.scanner.push(rest);
    }
    return this.scanner.end();
  }
}

/**
 * Scans a byte stream (a file stream, stdin, a download): UTF-8 with or without BOM, UTF-16 LE/BE with BOM, gzip.
 * Memory stays flat however long the stream is.
 */
export async function scanStream(stream: AsyncIterable<Uint8Array>, options: NodeScanOptions = {}): Promise<ScanSummary> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  const firstChunk = first.done ? Buffer.alloc(0) : Buffer.from(first.value.buffer, first.value.byteOffset, first.value.byteLength);
  const rest: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => iterator };
  let source: AsyncIterable<Uint8Array>;
  if (firstChunk[0] === 0x1f && firstChunk[1] === 0x8b) {
    const gunzip = createGunzip();
    Readable.from((async function* () {
      yield firstChunk;
      yield* rest;
    })()).pipe(gunzip);
    source = gunzip;
  } else {
    source = (async function* () {
      yield firstChunk;
      yield* rest;
    })();
  }
  const feeder = new _Feeder(createScanner(options));
  let done = 0;
  for await (const chunk of source) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    feeder.write(buf);
    done += buf.length;
    options.onProgress?.(done, undefined);
  }
  return feeder.end();
}

/**
 * Feeds bytes [start, end) of a plain UTF-8 file to a scanner (a BOM at offset 0 skipped). The next megabyte is read
 * while the current one is scanned, so the scan never waits for the disk or the page cache copy.
 */
export async function feedRange(scanner: Scanner, path: string, start: number, end: number, onBytes?: (done: number) => void): Promise<void> {
  const handle = await open(path, 'r');
  try {
    let spare = Buffer.allocUnsafe(_PIECE);
    let buf = Buffer.allocUnsafe(_PIECE);
    let pos = start;
    let next = pos < end ? handle.read(buf, 0, Math.min(_PIECE, end - pos), pos) : undefined;
    while (next !== undefined) {
      const { bytesRead } = await next;
      if (bytesRead === 0) break;
      const at = pos;
      pos += bytesRead;
      const current = buf;
      buf = spare;
      spare = current;
      next = pos < end ? handle.read(buf, 0, Math.min(_PIECE, end - pos), pos) : undefined;
      const skip = at === 0 && current[0] === 0xef && current[1] === 0xbb && current[2] === 0xbf ? 3 : 0;
      pushPieces(scanner, current, skip, bytesRead);
      onBytes?.(pos - start);
    }
  } finally {
    await handle.close();
  }
}

/** Scans bytes [start, end) of a plain UTF-8 file in this thread. */
async function _scanRange(path: string, start: number, end: number, options: NodeScanOptions, total: number | undefined): Promise<ScanSummary> {
  const scanner = createScanner(options);
  await feedRange(scanner, path, start, end, (done) => options.onProgress?.(done, total));
  return scanner.end();
}

/** Scans the first part of a parallel scan in this thread, once the workers have been started. */
async function _scanHere(path: string, start: number, end: number, options: NodeScanOptions, onBytes: (done: number) => void): Promise<ScanSummary> {
  await Promise.resolve();
  const scanner = createScanner(options.file !== undefined ? { file: options.file } : {});
  await feedRange(scanner, path, start, end, onBytes);
  return scanner.end();
}

/** Offsets just after a newline near each of n-1 even cut points, so every part holds whole lines. */
async function _cutPoints(path: string, size: number, parts: number): Promise<number[]> {
  const handle = await open(path, 'r');
  try {
    const cuts = [0];
    const buf = Buffer.allocUnsafe(64 * 1024);
    for (let i = 1; i < parts; i++) {
      let pos = Math.max(cuts[cuts.length - 1]!, Math.floor((size * i) / parts));
      for (;;) {
        const { bytesRead } = await handle.read(buf, 0, buf.length, pos);
        if (bytesRead === 0) {
          pos = size;
          break;
        }
        const nl = buf.subarray(0, bytesRead).indexOf(10);
        if (nl >= 0) {
          pos += nl + 1;
          break;
        }
        pos += bytesRead;
      }
      if (pos < size) cuts.push(pos);
    }
    cuts.push(size);
    return cuts;
  } finally {
    await handle.close();
  }
}

/** A small young generation keeps each worker's memory flat; the scan allocates only short-lived strings. */
const _WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** Starts a scan worker: the built .js sibling, or (running from source) the .ts sibling through tsx's loader. */
function _startWorker(data: object): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./scan-worker.js', import.meta.url), { workerData: data, resourceLimits: _WORKER_LIMITS });
  const target = JSON.stringify(new URL('./scan-worker.ts', import.meta.url).href);
  const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${target}); });`;
  return new Worker(code, { eval: true, workerData: data, resourceLimits: _WORKER_LIMITS });
}

/**
 * Scans a plain UTF-8 file in parts and merges the parts in file order: the first part in this thread (one worker
 * fewer to start and to hold in memory), each other part on a worker thread.
 */
async function _scanParallel(path: string, size: number, threads: number, options: NodeScanOptions): Promise<ScanSummary> {
  const cuts = await _cutPoints(path, size, threads);
  const progress = new Array<number>(cuts.length - 1).fill(0);
  const report = () => options.onProgress?.(progress.reduce((a, b) => a + b, 0), size);
  const parts = await Promise.all(
    cuts.slice(0, -1).map((start, i) =>
      i === 0
        ? _scanHere(path, start, cuts[1]!, options, (done) => {
            progress[0] = done;
            report();
          })
        : new Promise<ScanSummary>((resolve, reject) => {
          const worker = _startWorker({ path, start, end: cuts[i + 1]!, file: options.file });
          worker.on('message', (m: { progress?: number; summary?: ScanSummary; error?: string }) => {
            if (m.progress !== undefined) {
              progress[i] = m.progress;
              report();
            }
            if (m.summary !== undefined) resolve(m.summary);
            if (m.error !== undefined) reject(new Error(m.error));
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`scan worker for ${path} stopped with code ${code}`))));
        }),
    ),
  );
  let offset = 0;
  const merged = mergeSummaries(
    parts.map((summary, i) => {
      const part = { summary, lineOffset: offset, continues: i > 0 };
      offset += summary.totals.lines;
      return part;
    }),
  );
  return merged;
}

/**
 * Scans one file: plain or gzip, UTF-8 (with or without BOM) or UTF-16 with BOM. Large plain files are scanned in
 * parallel parts unless a per-occurrence callback needs input order.
 * @throws Error naming the file when it cannot be read
 */
export async function scanFile(path: string, options: NodeScanOptions = {}): Promise<ScanSummary> {
  const opts: NodeScanOptions = { file: path, ...options };
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new Error(`${path} is a directory; give a file`);
    size = info.size;
  } catch (err) {
    throw new Error(_readError(path, err));
  }
  try {
    const head = Buffer.alloc(4);
    const handle = await open(path, 'r');
    try {
      await handle.read(head, 0, 4, 0);
    } finally {
      await handle.close();
    }
    const { encoding } = detectEncoding(head);
    const isRegular = (await stat(path)).isFile();
    if (encoding !== 'utf8' || !isRegular) return await scanStream(createReadStream(path, { highWaterMark: _PIECE }), opts);
    const threads = Math.max(1, Math.min(options.threads ?? Math.min(4, availableParallelism()), 16));
    if (threads > 1 && size >= _PARALLEL_MIN && options.onOccurrence === undefined && options.onMalformed === undefined) {
      return await _scanParallel(path, size, threads, opts);
    }
    return await _scanRange(path, 0, size, opts, size);
  } catch (err) {
    throw new Error(_readError(path, err));
  }
}

function _readError(path: string, err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return `cannot read ${path}: no such file`;
  if (e.code === 'EACCES' || e.code === 'EPERM') return `cannot read ${path}: permission denied`;
  if (e.code === 'EISDIR') return `cannot read ${path}: it is a directory; give a file`;
  const message = e.message ?? String(err);
  return message.includes(path) ? message : `cannot read ${path}: ${message}`;
}
