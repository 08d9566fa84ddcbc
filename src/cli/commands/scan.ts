// `wuerr scan [file...|-]`: every code in logs and reports, as a table, JSON, NDJSON, CSV or an HTML report.

import { writeFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { csvRecord } from '../../core/export/csv.js';
import { mergeSummaries } from '../../core/scan.js';
import type { MalformedToken, Occurrence, ScanSummary } from '../../core/scan-types.js';
import type { Language } from '../../core/types.js';
import { scanFile, scanStream, type NodeScanOptions } from '../../node/scan-file.js';
import type { FlagSpec } from '../args.js';
import { chooseLanguage, EXIT, readCommandArgs, styles, usageError, useColor } from '../common.js';
import type { CliIo } from '../io.js';

const FLAGS: readonly FlagSpec[] = [
  { name: 'json' },
  { name: 'ndjson' },
  { name: 'csv' },
  { name: 'occurrences' },
  { name: 'report', value: true },
  { name: 'threads', value: true },
  { name: 'lang', value: true },
  { name: 'color' },
  { name: 'no-color' },
  { name: 'help', short: 'h' },
];

export const HELP = `wuerr scan — find every Intune and Windows Update code in logs and reports

Usage:
  wuerr scan <file>...          scan files (plain or .gz; UTF-8, UTF-16 with BOM)
  wuerr scan -                  scan standard input (also when no file is given and input is piped)

Finds 0x8024402C (also 0X…, …L, glued as in "denied.(0x80070005)" or "[gle=0x…]"), bare hex where
the text says it is a code (hr = 8024000C, *FAILED* [80248014]), negative decimals
(HResult : -2145124322), unsigned decimals in an error context, and names (WU_E_…, OM_E_…).

Output:
  (default)            a table per code: count, files, first and last line, name, description
  --json               the summary: { "codes": [...], "totals": {...}, "malformed": {...} }
  --ndjson             one JSON object per occurrence: file, line, column, text, code, form, time
  --csv                RFC 4180 CSV, one row per code
  --csv --occurrences  RFC 4180 CSV, one row per occurrence
  --report <out.html>  also write a self-contained HTML report (codes, components, files, time)

Options:
  --lang de|en         language of names and descriptions (default from LC_ALL, LC_MESSAGES, LANG)
  --threads <n>        worker threads for large plain files (default: cores, at most 4; 1 = none)
  --no-color           no colour
  -h, --help           this help

Exit codes: 0 the scan ran (whether or not it found codes), 1 an input could not be read, 2 usage error.
`;


function _where(at: { file?: string; line: number }): string {
  return at.file !== undefined ? `${at.file}:${at.line}` : `line ${at.line}`;
}

const _LABELS = {
  en: { code: 'code', count: 'count', files: 'files', first: 'first', last: 'last', name: 'name', none: 'No codes found.', summary: (o: number, d: number, f: number, l: number) => `${o} occurrence(s) of ${d} code(s) in ${f} input(s), ${l} line(s)`, malformed: (n: number) => `${n} malformed token(s) (7 or 9 hex digits after 0x; not counted as codes), e.g.`, unknown: '(not in the catalogs)' },
  de: { code: 'Code', count: 'Anzahl', files: 'Dateien', first: 'erstes', last: 'letztes', name: 'Name', none: 'Keine Codes gefunden.', summary: (o: number, d: number, f: number, l: number) => `${o} Vorkommen von ${d} Code(s) in ${f} Eingabe(n), ${l} Zeile(n)`, malformed: (n: number) => `${n} fehlerhafte(s) Token (7 oder 9 Hex-Ziffern nach 0x; nicht als Code gezählt), z. B.`, unknown: '(in keinem Katalog)' },
} as const;

/** The terminal table: one block per code, sorted by count. */
function _table(summary: ScanSummary, lang: Language, color: boolean): string {
  const s = styles(color);
  const L = _LABELS[lang];
  const out: string[] = [];
  if (summary.codes.length === 0) out.push(L.none);
  else {
    const width = String(summary.codes[0]!.count).length;
    for (const c of summary.codes) {
      const name = c.name ?? s.dim(L.unknown);
      out.push(`${String(c.count).padStart(width)}  ${s.bold(c.code)}  ${s.cyan(name)}`);
      const pad = ' '.repeat(width + 2);
      if (c.description) out.push(`${pad}${c.description[lang]}`);
      out.push(`${pad}${s.dim(`${L.first}: ${_where(c.first)}${c.first.time ? ' ' + c.first.time : ''} · ${L.last}: ${_where(c.last)}${c.last.time ? ' ' + c.last.time : ''}${c.files.length > 1 ? ` · ${c.files.length} ${L.files}` : ''}`)}`);
    }
  }
  const t = summary.totals;
  out.push('', s.dim(L.summary(t.occurrences, t.distinctCodes, t.files, t.lines)));
  if (summary.malformed.count > 0) {
    out.push(s.yellow(L.malformed(summary.malformed.count)));
    for (const m of summary.malformed.examples.slice(0, 5)) out.push(`  ${_where(m)}:${m.column} ${m.text}`);
  }
  return out.join('\n') + '\n';
}

function _csvSummary(summary: ScanSummary, lang: Language): string {
  let out = csvRecord(['code', 'count', 'name', 'catalog', 'component', 'files', 'first_file', 'first_line', 'first_time', 'last_file', 'last_line', 'last_time', 'description']);
  for (const c of summary.codes) {
    out += csvRecord([c.code, c.count, c.name, c.catalog, c.component, c.files.join(';'), c.first.file, c.first.line, c.first.time, c.last.file, c.last.line, c.last.time, c.description?.[lang]]);
  }
  return out;
}

/** A progress bar on stderr, redrawn at most every 100 ms. */
function _progress(io: CliIo, label: string): { update: (done: number, total: number | undefined) => void; clear: () => void } {
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      drawn = true;
      const mb = (done / 1048576).toFixed(0);
      if (total === undefined || total === 0) io.stderr(`\r\u001b[2K${label} ${mb} MB`);
      else {
        const frac = Math.min(1, done / total);
        const bar = '#'.repeat(Math.round(frac * 30)).padEnd(30, '.');
        io.stderr(`\r\u001b[2K${label} [${bar}] ${(frac * 100).toFixed(0)}% ${mb}/${(total / 1048576).toFixed(0)} MB`);
      }
    },
    clear() {
      if (drawn) io.stderr('\r\u001b[2K');
    },
  };
}

/** Bytes of an input after which a terminal gets a progress bar. */
const _PROGRESS_MIN = 32 * 1024 * 1024;

/**
 * Runs `wuerr scan`.
 * @returns 0 when every input was scanned (codes found or not), 1 when an input could not be read, 2 on a usage error
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = readCommandArgs(argv, io, 'scan', FLAGS, HELP);
  if (typeof args === 'number') return args;
  const { flags, positionals } = args;
  const lang = chooseLanguage(flags.get('lang'), io.env);
  if (typeof lang !== 'string') return usageError(io, lang.error, 'scan');
  const formats = ['json', 'ndjson', 'csv'].filter((f) => flags.has(f));
  if (formats.length > 1) return usageError(io, `choose one output format, not ${formats.map((f) => '--' + f).join(' and ')}`, 'scan');
  if (flags.has('occurrences') && !flags.has('csv')) return usageError(io, '--occurrences goes with --csv (for JSON per occurrence, use --ndjson)', 'scan');
  const threadsFlag = flags.get('threads');
  let threads: number | undefined;
  if (threadsFlag !== undefined) {
    threads = Number(threadsFlag);
    if (!Number.isInteger(threads) || threads < 1 || threads > 16) return usageError(io, `--threads ${JSON.stringify(threadsFlag)} is not a whole number from 1 to 16`, 'scan');
  }
  const reportPath = flags.get('report');
  if (reportPath === true) return usageError(io, '--report needs a file name, e.g. --report scan.html', 'scan');

  let inputs: readonly string[] = positionals;
  if (inputs.length === 0) {
    if (io.stdinIsTTY) return usageError(io, 'no input given; for example: wuerr scan WindowsUpdate.log, or pipe text into wuerr scan -', 'scan');
    inputs = ['-'];
  }
  if (inputs.includes('-') && inputs.length > 1) return usageError(io, '"-" (read standard input) must be the only input', 'scan');

  const ndjson = flags.has('ndjson');
  const csvOccurrences = flags.has('csv') && flags.has('occurrences');
  const report = typeof reportPath === 'string' ? await import('../../core/report.js') : undefined;
  const collector = report?.createReportCollector();
  if (csvOccurrences) io.stdout(csvRecord(['file', 'line', 'column', 'text', 'code', 'form', 'time']));
  const onOccurrence =
    ndjson || csvOccurrences || collector
      ? (o: Occurrence) => {
          if (ndjson) io.stdout(JSON.stringify({ file: o.file ?? null, line: o.line, column: o.column, text: o.text, code: o.code, form: o.form, ...(o.time !== undefined ? { time: o.time } : {}) }) + '\n');
          else if (csvOccurrences) io.stdout(csvRecord([o.file, o.line, o.column, o.text, o.code, o.form, o.time]));
          collector?.add(o);
        }
      : undefined;
  const onMalformed = ndjson ? (m: MalformedToken) => io.stdout(JSON.stringify({ file: m.file ?? null, line: m.line, column: m.column, text: m.text, malformed: m.reason }) + '\n') : undefined;

  const summaries: ScanSummary[] = [];
  let failed = 0;
  for (const input of inputs) {
    const label = input === '-' ? 'stdin' : input;
    const bar = io.stderrIsTTY ? _progress(io, `scanning ${label}`) : undefined;
    const options: NodeScanOptions = {
      ...(onOccurrence ? { onOccurrence } : {}),
      ...(onMalformed ? { onMalformed } : {}),
      ...(threads !== undefined ? { threads } : {}),
      ...(bar ? { onProgress: (done: number, total: number | undefined) => (done >= _PROGRESS_MIN || (total ?? 0) >= _PROGRESS_MIN ? bar.update(done, total) : undefined) } : {}),
    };
    try {
      if (input === '-') {
        if (io.stdinStream === undefined) return usageError(io, 'standard input cannot be read here', 'scan');
        summaries.push(await scanStream(io.stdinStream(), { ...options, file: '-' }));
      } else {
        const path = isAbsolute(input) ? input : resolve(io.cwd, input);
        summaries.push(await scanFile(path, { ...options, file: input }));
      }
    } catch (err) {
      failed++;
      io.stderr(`wuerr scan: ${err instanceof Error ? err.message.replace(resolve(io.cwd, input), input) : String(err)}\n`);
    } finally {
      bar?.clear();
    }
  }
  if (summaries.length === 0) return EXIT.notFound;
  const summary = mergeSummaries(summaries.map((s) => ({ summary: s })));

  if (flags.has('json')) io.stdout(JSON.stringify(summary, null, 2) + '\n');
  else if (flags.has('csv') && !csvOccurrences) io.stdout(_csvSummary(summary, lang));
  else if (!ndjson && !csvOccurrences) io.stdout(_table(summary, lang, useColor(io, flags)));

  if (typeof reportPath === 'string' && report && collector) {
    const out = isAbsolute(reportPath) ? reportPath : resolve(io.cwd, reportPath);
    try {
      await writeFile(out, report.renderHtmlReport({ summary, stats: collector.stats(), lang, generatedAt: new Date().toISOString() }));
    } catch (err) {
      io.stderr(`wuerr scan: cannot write the report ${reportPath}: ${err instanceof Error ? err.message : String(err)}\n`);
      return EXIT.notFound;
    }
  }
  return failed > 0 ? EXIT.notFound : EXIT.ok;
}
