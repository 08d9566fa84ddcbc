// The HTML report: self-contained, escaped, in both languages, and the collector's bounded aggregates.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createReportCollector, escapeHtml, renderHtmlReport } from './report.js';
import { scanText } from './scan.js';
import type { Occurrence, ScanSummary } from './scan-types.js';

const LOG = [
  '2024-05-01 10:00:01, Error CBS hr=0x8024402C',
  '2024-05-01 10:30:00, Error CBS hr=0x8024402C',
  '2024-05-01 12:00:00, Info  CBS -2145124322',
  'no time: 0x80CF4017 and 0x80070005',
].join('\n');

function occurrence(code: string, time?: string, file?: string): Occurrence {
  return { value: Number.parseInt(code, 16), code, line: 1, column: 1, text: code, form: 'hex', ...(time ? { time } : {}), ...(file ? { file } : {}) };
}

describe('createReportCollector', () => {
  it('counts by file and by hour and code, and counts untimed occurrences apart', () => {
    const c = createReportCollector();
    c.add(occurrence('0x8024402C', '2024-05-01T10:00:01', 'a.log'));
    c.add(occurrence('0x8024402C', '2024-05-01T10:59:59', 'a.log'));
    c.add(occurrence('0x80240022', '2024-05-01T09:00:00', 'b.log'));
    c.add(occurrence('0x80240022', undefined, 'a.log'));
    c.add(occurrence('0x80240022'));
    assert.deepEqual(c.stats(), {
      byFile: [
        { file: 'a.log', count: 3 },
        { file: 'b.log', count: 1 },
      ],
      hours: [
        { hour: '2024-05-01T09', counts: { '0x80240022': 1 } },
        { hour: '2024-05-01T10', counts: { '0x8024402C': 2 } },
      ],
      untimed: 2,
    });
  });

  it('keeps one counter per hour and code, however many occurrences arrive', () => {
    const c = createReportCollector();
    for (let i = 0; i < 100_000; i++) c.add(occurrence(i % 2 ? '0x8024402C' : '0x80240022', `2024-05-01T${String(i % 24).padStart(2, '0')}:00:00`, 'big.log'));
    const stats = c.stats();
    assert.equal(stats.hours.length, 24);
    assert.equal(stats.hours.reduce((n, h) => n + Object.keys(h.counts).length, 0), 24, 'each hour holds one code (i and hour share parity)');
    assert.equal(stats.hours.reduce((n, h) => n + Object.values(h.counts).reduce((a, b) => a + b, 0), 0), 100_000);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter', () => assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'));
});

describe('renderHtmlReport', () => {
  const collector = createReportCollector();
  const summary = scanText(LOG, { file: 'C:\\logs\\<evil>.log', onOccurrence: collector.add });
  const stats = collector.stats();

  it('loads nothing from anywhere: no script, no external reference, a CSP that forbids it', () => {
    for (const lang of ['en', 'de'] as const) {
      const html = renderHtmlReport({ summary, stats, lang });
      assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(|\bsrc=|\bhref=/i, `${lang}: an element or rule that loads something`);
      assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org\/2000\/svg")/, `${lang}: a URL other than the SVG namespace`);
      assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    }
  });

  it('shows every code once in the table, with its description in the chosen language', () => {
    const en = renderHtmlReport({ summary, stats, lang: 'en' });
    const de = renderHtmlReport({ summary, stats, lang: 'de' });
    for (const code of summary.codes) {
      assert.equal(en.split(`<tr><td><code>${code.code}</code>`).length - 1, 1, `${code.code} has one row`);
      if (code.description) {
        assert.ok(en.includes(escapeHtml(code.description.en)), `${code.code}: English description`);
        assert.ok(de.includes(escapeHtml(code.description.de)), `${code.code}: German description`);
      }
    }
    assert.match(en, /not in the catalogs/, 'a code outside the catalogs says so');
    assert.match(de, /nicht in den Katalogen/);
    assert.match(de, /<html lang="de">/);
  });

  it('escapes file names, titles and everything else taken from input', () => {
    const html = renderHtmlReport({ summary, stats, lang: 'en', title: '<b>x</b>', generatedAt: '"now"' });
    assert.ok(!html.includes('<evil>'), 'file name escaped');
    assert.ok(!html.includes('<b>x</b>'), 'title escaped');
    assert.ok(html.includes('&lt;evil&gt;'));
  });

  it('draws four charts with statistics, three without, and says when no line had a timestamp', () => {
    assert.equal(renderHtmlReport({ summary, stats, lang: 'en' }).match(/<svg class="chart/g)?.length, 4);
    const plain = renderHtmlReport({ summary, lang: 'en' });
    assert.equal(plain.match(/<svg class="chart/g)?.length, 3, 'no timeline without statistics');
    assert.match(plain, /Distinct codes by file/);
    const untimed = createReportCollector();
    const s = scanText('hr=0x8024402C', { onOccurrence: untimed.add });
    assert.match(renderHtmlReport({ summary: s, stats: untimed.stats(), lang: 'en' }), /No line with a code carried a timestamp/);
  });

  it('chooses hours, days or months for the time axis by the span of the log', () => {
    const spans: [readonly string[], RegExp][] = [
      [['2024-05-01T10', '2024-05-01T13'], /2024-05-01 10:00/],
      [['2024-05-01T10', '2024-06-20T13'], />2024-05-01</],
      [['2022-01-01T00', '2024-06-20T13'], />2022-01</],
    ];
    for (const [hours, label] of spans) {
      const c = createReportCollector();
      for (const h of hours) c.add(occurrence('0x8024402C', `${h}:00:00`));
      const s: ScanSummary = scanText('0x8024402C 0x8024402C');
      assert.match(renderHtmlReport({ summary: s, stats: c.stats(), lang: 'en' }), label, `${hours.join(' to ')}`);
    }
  });

  it('renders an empty scan', () => {
    const html = renderHtmlReport({ summary: scanText(''), lang: 'en' });
    assert.match(html, /No codes found\./);
    assert.doesNotMatch(html, /<svg/);
  });
});
