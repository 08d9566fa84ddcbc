// Report generation for a 100 MB log: scan alone, scan + report statistics + render, and render alone, in one run.

import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCatalog } from '../src/core/catalog.js';
import { createReportCollector, renderHtmlReport, type ReportStats } from '../src/core/report.js';
import { createScanner, type ScanOptions } from '../src/core/scan.js';
import type { ScanSummary } from '../src/core/scan-types.js';

const MB = Number(process.env['WUERR_BENCH_MB'] ?? 100);
const RUNS = 3;

/** Deterministic pseudo-random numbers, so every run writes the same log. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** Writes (or reuses) a log of about `mb` MB whose lines span 30 days, with codes from the catalogs and a few unknown ones. */
async function ensureLog(mb: number): Promise<string> {
  const path = join(tmpdir(), `wuerr-report-bench-${mb}mb.log`);
  const target = mb * 1024 * 1024;
  if (existsSync(path) && statSync(path).size >= target) return path;
  const r = rng(42);
  const known = getCatalog().filter((_, i) => i % 9 === 0).map((e) => e.value);
  const codes = [...known, 0x80070005, 0x800f0922, 0x80070643];
  const out = createWriteStream(path);
  let written = 0;
  let line = 0;
  while (written < target) {
    let chunk = '';
    for (let i = 0; i < 2000; i++, line++) {
      const minute = Math.floor((line / 1_200_000) * 30 * 24 * 60);
      const day = 1 + Math.floor(minute / 1440);
      const time = `2024-04-${String(Math.min(day, 30)).padStart(2, '0')} ${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:${String(line % 60).padStart(2, '0')}`;
      const code = codes[Math.floor(r() * r() * codes.length)]!;
      const pick = r();
      if (pick < 0.06) chunk += `${time}, Error                 CBS    Failed to execute package [HRESULT = 0x${code.toString(16)}]\n`;
      else if (pick < 0.1) chunk += `${time}.1234567 1234  5678  Agent   *FAILED* [${code.toString(16).toUpperCase()}] Download failed, result = ${code | 0}\n`;
      else chunk += `${time}.1234567 1234  5678  Agent   Update {8F4C2A57-1D3B-4E6F-9A0B-${String(line).padStart(12, '0')}} is pinned to CDN, size 104857600\n`;
    }
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return path;
}

/** Scans the file in 1 MB pieces, as a streaming reader would. */
async function scanFile(path: string, options: ScanOptions): Promise<ScanSummary> {
  const scanner = createScanner(options);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) scanner.push(chunk as Buffer);
  return scanner.end();
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

const path = await ensureLog(MB);
const size = statSync(path).size;
const scanOnly: number[] = [];
const full: number[] = [];
const renderOnly: number[] = [];
let last: { summary: ScanSummary; stats: ReportStats; html: string } | undefined;
let peakRss = 0;
for (let run = 0; run < RUNS; run++) {
  let start = performance.now();
  await scanFile(path, { file: 'WindowsUpdate.log' });
  scanOnly.push(performance.now() - start);

  start = performance.now();
  const collector = createReportCollector();
  const summary = await scanFile(path, { file: 'WindowsUpdate.log', onOccurrence: collector.add });
  const stats = collector.stats();
  const html = renderHtmlReport({ summary, stats, lang: 'en', generatedAt: new Date().toISOString() });
  full.push(performance.now() - start);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  start = performance.now();
  for (let i = 0; i < 10; i++) renderHtmlReport({ summary, stats, lang: 'de' });
  renderOnly.push((performance.now() - start) / 10);
  last = { summary, stats, html };
}

const mb = size / 1024 / 1024;
const [scanMs, fullMs, renderMs] = [median(scanOnly), median(full), median(renderOnly)];
console.log(`report for a ${mb.toFixed(0)} MB generated log (${last!.summary.totals.occurrences.toLocaleString('en-US')} occurrences, ${last!.summary.totals.distinctCodes} codes, ${last!.stats.hours.length} hour buckets); median of ${RUNS} runs`);
console.log(`scan alone (reference)              ${scanMs.toFixed(0).padStart(6)} ms   ${(mb / (scanMs / 1000)).toFixed(0)} MB/s`);
console.log(`scan + report statistics + render   ${fullMs.toFixed(0).padStart(6)} ms   ${(fullMs / scanMs).toFixed(2)} × the scan alone`);
console.log(`render alone                        ${renderMs.toFixed(1).padStart(6)} ms   ${((renderMs / scanMs) * 100).toFixed(2)} % of the scan; report ${(Buffer.byteLength(last!.html) / 1024).toFixed(0)} KiB`);
console.log(`peak RSS during scan + report       ${(peakRss / 1024 / 1024).toFixed(0).padStart(6)} MB`);
