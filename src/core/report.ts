// The scan report: one self-contained HTML file (inline CSS and SVG, no script, no request to any host).

import { COMPONENTS, isComponentId } from './components.js';
import type { Occurrence, ScanSummary } from './scan-types.js';
import type { Language } from './types.js';

/** Occurrences per code within one hour of log time. */
export interface HourBucket {
  /** `YYYY-MM-DDTHH`, the log's local time as the scanner read it. */
  readonly hour: string;
  /** Count per code (`0x` + 8 hex digits). */
  readonly counts: Readonly<Record<string, number>>;
}

/** What the report needs beyond the summary: aggregates, never the occurrences themselves. */
export interface ReportStats {
  /** Occurrences per file, in the order files were first seen. */
  readonly byFile: readonly { readonly file: string; readonly count: number }[];
  /** Hour buckets, sorted by hour. */
  readonly hours: readonly HourBucket[];
  /** Occurrences whose line carried no timestamp. */
  readonly untimed: number;
}

/** Gathers report statistics from occurrences as a scan emits them. */
export interface ReportCollector {
  /** Counts one occurrence; pass it as the scan's `onOccurrence`. */
  readonly add: (occurrence: Occurrence) => void;
  /** The statistics so far. */
  readonly stats: () => ReportStats;
}

/**
 * A collector whose memory grows with distinct (hour, code) pairs and files, not with occurrences:
 * a 100 MB log with a million occurrences over a month holds a few thousand counters.
 * @example const c = createReportCollector(); scanText(log, { onOccurrence: c.add }); renderHtmlReport({ summary, stats: c.stats(), lang: 'en' })
 */
export function createReportCollector(): ReportCollector {
  const byFile = new Map<string, number>();
  const hours = new Map<string, Map<string, number>>();
  let untimed = 0;
  const add = (o: Occurrence): void => {
    if (o.file !== undefined) byFile.set(o.file, (byFile.get(o.file) ?? 0) + 1);
    const hour = o.time !== undefined && /^\d{4}-\d\d-\d\dT\d\d/.test(o.time) ? o.time.slice(0, 13) : undefined;
    if (hour === undefined) {
      untimed++;
      return;
    }
    let counts = hours.get(hour);
    if (counts === undefined) hours.set(hour, (counts = new Map()));
    counts.set(o.code, (counts.get(o.code) ?? 0) + 1);
  };
  const stats = (): ReportStats => ({
    byFile: [...byFile].map(([file, count]) => ({ file, count })),
    hours: [...hours.keys()].sort().map((hour) => ({ hour, counts: Object.fromEntries(hours.get(hour)!) })),
    untimed,
  });
  return { add, stats };
}

/** Everything the report shows. */
export interface ReportInput {
  readonly summary: ScanSummary;
  /** From `createReportCollector`; without it the report shows distinct codes per file and no timeline. */
  readonly stats?: ReportStats;
  readonly lang: Language;
  readonly title?: string;
  /** ISO time the report was made; shown as is. */
  readonly generatedAt?: string;
}

const _TEXT = {
  en: {
    title: 'wuerr scan report',
    generated: 'Generated',
    occurrences: 'Occurrences',
    distinct: 'Distinct codes',
    files: 'Files',
    lines: 'Lines',
    bytes: 'Bytes',
    malformed: 'Malformed tokens',
    byCount: 'Codes by count',
    byComponent: 'Occurrences by component',
    byFile: 'Occurrences by file',
    byFileDistinct: 'Distinct codes by file',
    overTime: 'Occurrences over time',
    untimed: 'occurrences on lines without a timestamp are not shown',
    noTime: 'No line with a code carried a timestamp wuerr understands.',
    table: 'All codes',
    code: 'Code',
    name: 'Name',
    count: 'Count',
    component: 'Component',
    inFiles: 'Files',
    first: 'First seen',
    last: 'Last seen',
    description: 'Description',
    unknown: 'not in the catalogs',
    unknownComponent: 'unknown',
    other: 'other',
    none: 'No codes found.',
    malformedNote: 'Tokens that look like a code but are not a valid one (reported, never repaired):',
    line: 'line',
    more: 'more',
  },
  de: {
    title: 'wuerr-Scanbericht',
    generated: 'Erstellt',
    occurrences: 'Vorkommen',
    distinct: 'Verschiedene Codes',
    files: 'Dateien',
    lines: 'Zeilen',
    bytes: 'Bytes',
    malformed: 'Fehlerhafte Tokens',
    byCount: 'Codes nach Anzahl',
    byComponent: 'Vorkommen nach Komponente',
    byFile: 'Vorkommen nach Datei',
    byFileDistinct: 'Verschiedene Codes nach Datei',
    overTime: 'Vorkommen im Zeitverlauf',
    untimed: 'Vorkommen auf Zeilen ohne Zeitstempel sind nicht dargestellt',
    noTime: 'Keine Zeile mit einem Code trug einen Zeitstempel, den wuerr versteht.',
    table: 'Alle Codes',
    code: 'Code',
    name: 'Name',
    count: 'Anzahl',
    component: 'Komponente',
    inFiles: 'Dateien',
    first: 'Zuerst gesehen',
    last: 'Zuletzt gesehen',
    description: 'Beschreibung',
    unknown: 'nicht in den Katalogen',
    unknownComponent: 'unbekannt',
    other: 'andere',
    none: 'Keine Codes gefunden.',
    malformedNote: 'Tokens, die wie ein Code aussehen, aber keiner sind (gemeldet, nie repariert):',
    line: 'Zeile',
    more: 'weitere',
  },
} as const satisfies Record<Language, Record<string, string>>;

type _Labels = (typeof _TEXT)[Language];

const _PALETTE = ['#2f6fb3', '#d9822b', '#3a9d5d', '#b54a8f', '#8a6d3b', '#8c8c8c'] as const;
const _TOP_BARS = 15;
const _TOP_SERIES = 5;

/**
 * Escapes text for HTML element content and attribute values.
 * @example escapeHtml('<a href="x">') //=> '&lt;a href=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => _ENTITIES[ch]!);
}

const _ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

interface _Bar {
  readonly label: string;
  readonly value: number;
  readonly title?: string;
}

/** A horizontal bar chart as inline SVG: label, bar, value per row. */
function _barChart(bars: readonly _Bar[], caption: string, format: (n: number) => string): string {
  const rowHeight = 22;
  const labelWidth = 360;
  const barWidth = 480;
  const width = labelWidth + barWidth + 90;
  const height = bars.length * rowHeight + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars.map((bar, i) => {
    const y = 4 + i * rowHeight;
    const w = Math.max(1, Math.round((bar.value / max) * barWidth));
    const label = bar.label.length > 50 ? '…' + bar.label.slice(-49) : bar.label;
    return (
      `<g class="bar"><title>${escapeHtml(bar.title ?? bar.label)}: ${format(bar.value)}</title>` +
      `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowHeight - 6}" fill="${_PALETTE[0]}"></rect>` +
      `<text x="${labelWidth + w + 6}" y="${y + 15}">${format(bar.value)}</text></g>`
    );
  });
  return `<svg class="chart" role="img" aria-label="${escapeHtml(caption)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg>`;
}

/** The granularity of the timeline: hours for up to four days, days for up to half a year, else months. */
function _timeUnit(first: string, last: string): 'hour' | 'day' | 'month' {
  const span = (Date.parse(last.slice(0, 10) + 'T00:00:00Z') - Date.parse(first.slice(0, 10) + 'T00:00:00Z')) / 86_400_000;
  if (span <= 3) return 'hour';
  return span <= 183 ? 'day' : 'month';
}

/** Every bucket key from first to last, gaps included, so the time axis is even. */
function _timeKeys(first: string, last: string, unit: 'hour' | 'day' | 'month'): string[] {
  const keys: string[] = [];
  if (unit === 'month') {
    let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
    const end = last.slice(0, 7);
    for (let key = ''; key !== end && keys.length < 2400; m = m === 12 ? 1 : m + 1, y = m === 1 ? y + 1 : y) {
      key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
      keys.push(key);
    }
    return keys;
  }
  const step = unit === 'hour' ? 3_600_000 : 86_400_000;
  const len = unit === 'hour' ? 13 : 10;
  const start = Date.parse(unit === 'hour' ? first + ':00:00Z' : first.slice(0, 10) + 'T00:00:00Z');
  const stop = Date.parse(unit === 'hour' ? last + ':00:00Z' : last.slice(0, 10) + 'T00:00:00Z');
  for (let t = start; t <= stop && keys.length < 2400; t += step) keys.push(new Date(t).toISOString().slice(0, len));
  return keys;
}

/** A stacked column chart of occurrences over time: the most frequent codes, the rest as "other". */
function _timeChart(hours: readonly HourBucket[], series: readonly string[], t: _Labels, format: (n: number) => string): string {
  const first = hours[0]!.hour;
  const last = hours[hours.length - 1]!.hour;
  const unit = _timeUnit(first, last);
  const len = unit === 'hour' ? 13 : unit === 'day' ? 10 : 7;
  const keys = _timeKeys(first, last, unit);
  const index = new Map(keys.map((k, i) => [k, i]));
  const stacks = keys.map(() => new Array<number>(series.length + 1).fill(0));
  for (const bucket of hours) {
    const stack = stacks[index.get(bucket.hour.slice(0, len)) ?? -1];
    if (stack === undefined) continue;
    for (const [code, count] of Object.entries(bucket.counts)) {
      const s = series.indexOf(code);
      stack[s < 0 ? series.length : s]! += count;
    }
  }
  const totals = stacks.map((s) => s.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const plotHeight = 200;
  const left = 60;
  const colWidth = Math.max(2, Math.min(24, Math.floor(720 / keys.length)));
  const width = left + keys.length * colWidth + 10;
  const height = plotHeight + 40;
  const cols = keys.map((key, i) => {
    let y = 10 + plotHeight;
    const parts = stacks[i]!.map((count, s) => {
      if (count === 0) return '';
      const h = (count / max) * plotHeight;
      y -= h;
      const name = s < series.length ? series[s]! : t.other;
      return `<rect x="${left + i * colWidth}" y="${y.toFixed(1)}" width="${Math.max(1, colWidth - 1)}" height="${h.toFixed(1)}" fill="${_PALETTE[Math.min(s, _PALETTE.length - 1)]}"><title>${escapeHtml(key)} ${escapeHtml(name)}: ${format(count)}</title></rect>`;
    });
    return `<g class="col">${parts.join('')}</g>`;
  });
  const labelEvery = Math.max(1, Math.ceil((unit === 'hour' ? 120 : 80) / colWidth));
  const axis = keys
    .map((key, i) => (i % labelEvery === 0 ? `<text x="${left + i * colWidth}" y="${height - 8}">${escapeHtml(unit === 'hour' ? key.replace('T', ' ') + ':00' : key)}</text>` : ''))
    .join('');
  const yAxis = `<text x="${left - 6}" y="18" text-anchor="end">${format(max)}</text><text x="${left - 6}" y="${10 + plotHeight}" text-anchor="end">0</text>`;
  const legend = [...series, t.other]
    .map((name, s) => `<span class="key"><i style="background:${_PALETTE[Math.min(s, _PALETTE.length - 1)]}"></i>${escapeHtml(name)}</span>`)
    .join(' ');
  return (
    `<svg class="chart timeline" role="img" aria-label="${escapeHtml(t.overTime)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<line x1="${left}" y1="${10 + plotHeight}" x2="${width}" y2="${10 + plotHeight}" stroke="currentColor"></line>${yAxis}${cols.join('')}${axis}</svg>` +
    `<p class="legend">${legend}</p>`
  );
}

const _CSS = `
:root{color-scheme:light dark;--fg:#1d232b;--bg:#fff;--muted:#5b6570;--line:#d8dde3;--head:#f2f4f7}
@media (prefers-color-scheme:dark){:root{--fg:#e4e8ec;--bg:#161a1f;--muted:#9aa4ae;--line:#333b44;--head:#20262d}}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;padding:24px;max-width:1200px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.meta{color:var(--muted);margin:0 0 16px}
.totals{display:flex;flex-wrap:wrap;gap:10px;margin:0;padding:0;list-style:none}
.totals li{border:1px solid var(--line);border-radius:6px;padding:8px 12px;min-width:110px}
.totals b{display:block;font-size:18px}
.charts{display:grid;grid-template-columns:1fr;gap:8px}
svg.chart{max-width:100%;height:auto;font-size:12px;fill:var(--fg)}
svg.chart text{fill:var(--fg)}
.legend{margin:4px 0;color:var(--muted)}.key{margin-right:12px;white-space:nowrap}
.key i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
table{border-collapse:collapse;width:100%;margin-top:6px}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--head);position:sticky;top:0}
td.n{text-align:right;font-variant-numeric:tabular-nums}
code{font-family:ui-monospace,Consolas,"DejaVu Sans Mono",monospace}
.unknown{color:var(--muted);font-style:italic}
td:last-child{min-width:260px}
.files{min-width:140px;max-width:240px;overflow-wrap:anywhere;color:var(--muted)}
`;

function _seen(at: { readonly file?: string; readonly line: number; readonly time?: string }, t: _Labels): string {
  const where = `${at.file !== undefined ? at.file + ', ' : ''}${t.line} ${at.line}`;
  return escapeHtml(at.time !== undefined ? `${at.time.replace('T', ' ')} (${where})` : where);
}

function _fileList(files: readonly string[], t: _Labels, format: (n: number) => string): string {
  if (files.length === 0) return '';
  const shown = files.slice(0, 3).map(escapeHtml).join('<br>');
  return files.length > 3 ? `${shown}<br>+${format(files.length - 3)} ${t.more}` : shown;
}

/**
 * Renders a scan as one self-contained HTML document: totals, charts (codes by count, by component, by file,
 * over time where lines carry timestamps), every code with its description, and malformed tokens.
 * Pure and browser-safe; the document loads nothing from anywhere (its own CSP forbids it).
 * @example renderHtmlReport({ summary: scanText(log), lang: 'de' }).startsWith('<!doctype html>') //=> true
 */
export function renderHtmlReport(input: ReportInput): string {
  const { summary, stats, lang } = input;
  const t = _TEXT[lang];
  const nf = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-US');
  const format = (n: number) => nf.format(n);
  const title = input.title ?? t.title;
  const componentName = (id: string | undefined) => (id !== undefined && isComponentId(id) ? COMPONENTS[id][lang] : t.unknownComponent);

  const totals: [string, number][] = [
    [t.occurrences, summary.totals.occurrences],
    [t.distinct, summary.totals.distinctCodes],
    [t.files, summary.totals.files],
    [t.lines, summary.totals.lines],
    [t.bytes, summary.totals.bytes],
    [t.malformed, summary.malformed.count],
  ];

  const charts: string[] = [];
  if (summary.codes.length > 0) {
    const byCount = summary.codes.slice(0, _TOP_BARS).map((c) => ({ label: c.name ? `${c.code} ${c.name}` : c.code, value: c.count }));
    charts.push(`<section><h2>${t.byCount}</h2>${_barChart(byCount, t.byCount, format)}</section>`);

    const byComponent = new Map<string, number>();
    for (const c of summary.codes) {
      const name = componentName(c.component);
      byComponent.set(name, (byComponent.get(name) ?? 0) + c.count);
    }
    const componentBars = [...byComponent].sort((a, b) => b[1] - a[1]).map(([label, value]) => ({ label, value }));
    charts.push(`<section><h2>${t.byComponent}</h2>${_barChart(componentBars, t.byComponent, format)}</section>`);

    const fileBars = stats ? stats.byFile.map(({ file, count }) => ({ label: file, value: count })) : _distinctCodesPerFile(summary);
    if (fileBars.length > 0) {
      const heading = stats ? t.byFile : t.byFileDistinct;
      const top = [...fileBars].sort((a, b) => b.value - a.value).slice(0, _TOP_BARS);
      charts.push(`<section><h2>${heading}</h2>${_barChart(top, heading, format)}</section>`);
    }
  }

  let timeline = '';
  if (stats && summary.codes.length > 0) {
    const series = summary.codes.slice(0, _TOP_SERIES).map((c) => c.code);
    timeline =
      stats.hours.length > 0
        ? `<section><h2>${t.overTime}</h2>${_timeChart(stats.hours, series, t, format)}${stats.untimed > 0 ? `<p class="meta">${format(stats.untimed)} ${t.untimed}</p>` : ''}</section>`
        : `<section><h2>${t.overTime}</h2><p class="meta">${t.noTime}</p></section>`;
  }

  const rows = summary.codes.map((c) => {
    const description = c.description ? escapeHtml(c.description[lang]) : `<span class="unknown">${t.unknown}</span>`;
    return (
      `<tr><td><code>${escapeHtml(c.code)}</code></td><td>${c.name ? `<code>${escapeHtml(c.name)}</code>` : ''}</td>` +
      `<td class="n">${format(c.count)}</td><td>${escapeHtml(c.component ? componentName(c.component) : '')}</td>` +
      `<td class="files">${_fileList(c.files, t, format)}</td><td>${_seen(c.first, t)}</td><td>${_seen(c.last, t)}</td><td>${description}</td></tr>`
    );
  });
  const table =
    summary.codes.length > 0
      ? `<table id="codes"><thead><tr><th>${t.code}</th><th>${t.name}</th><th>${t.count}</th><th>${t.component}</th><th>${t.inFiles}</th><th>${t.first}</th><th>${t.last}</th><th>${t.description}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : `<p>${t.none}</p>`;

  const malformed =
    summary.malformed.count > 0
      ? `<section><h2>${t.malformed}</h2><p class="meta">${t.malformedNote}</p><ul>${summary.malformed.examples
          .map((m) => `<li><code>${escapeHtml(m.text)}</code> — ${escapeHtml(`${m.file !== undefined ? m.file + ', ' : ''}${t.line} ${m.line}: ${m.reason}`)}</li>`)
          .join('')}</ul></section>`
      : '';

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="wuerr">
<title>${escapeHtml(title)}</title>
<style>${_CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${input.generatedAt !== undefined ? `<p class="meta">${t.generated}: ${escapeHtml(input.generatedAt)}</p>` : ''}
<ul class="totals">${totals.map(([label, n]) => `<li>${label}<b>${format(n)}</b></li>`).join('')}</ul>
<div class="charts">${charts.join('\n')}</div>
${timeline}
<section><h2>${t.table}</h2>${table}</section>
${malformed}
</body>
</html>
`;
}

/** Without collected statistics, how many distinct codes each file holds (known from the summary alone). */
function _distinctCodesPerFile(summary: ScanSummary): _Bar[] {
  const perFile = new Map<string, number>();
  for (const c of summary.codes) for (const f of c.files) perFile.set(f, (perFile.get(f) ?? 0) + 1);
  return [...perFile].map(([label, value]) => ({ label, value }));
}
