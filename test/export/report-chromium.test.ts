// The HTML scan report in a real Chromium: table and charts render, nothing is requested, a screenshot is saved.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { createReportCollector, renderHtmlReport } from '../../src/core/report.js';
import { mergeSummaries, scanText } from '../../src/core/scan.js';
import type { Language } from '../../src/core/types.js';

const CHROMIUM = '/usr/bin/chromium';
const IN_CI = Boolean(process.env['CI']) && process.env['CI'] !== 'false';
const SKIP = !existsSync(CHROMIUM) && !IN_CI ? 'Chromium is not installed (apt-get install chromium); this test runs whenever CI is set' : false;
const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));

/** A log with timestamps over two days, several components, a code outside the catalogs and a malformed token. */
function sampleLog(day: number): string {
  const lines: string[] = [];
  const codes = ['0x8024402C', '0x80240022', '0x80CF4017', '0x800F0922', '0x8024001E', '-2145124322', 'WU_E_PT_HTTP_STATUS_NOT_FOUND', '0x80070005'];
  for (let i = 0; i < 240; i++) {
    const hour = String((i * 7) % 24).padStart(2, '0');
    lines.push(`2024-03-${String(10 + day + (i % 2)).padStart(2, '0')} ${hour}:15:00, Error CBS Failed with ${codes[(i + day) % codes.length]} <b>not bold</b> & "quoted"`);
  }
  lines.push('no timestamp here: hr=0x80cf4017, broken 0x8024001');
  return lines.join('\n');
}

function makeReport(lang: Language): string {
  const collector = createReportCollector();
  const parts = [
    { file: 'C:\\Windows\\Logs\\CBS\\CBS.log', text: sampleLog(0) },
    { file: 'WindowsUpdate <2>.log', text: sampleLog(1) },
  ];
  const summary = mergeSummaries(parts.map((p) => ({ summary: scanText(p.text, { file: p.file, onOccurrence: collector.add }) })));
  return renderHtmlReport({ summary, stats: collector.stats(), lang, title: `wuerr report <${lang}>`, generatedAt: '2024-03-12T08:00:00Z' });
}

describe('the HTML report in Chromium', { skip: SKIP }, () => {
  let browser: Browser;
  let dir = '';

  before(async () => {
    assert.ok(existsSync(CHROMIUM), 'CI is set, so Chromium must be installed at /usr/bin/chromium (.ci/run installs it)');
    dir = mkdtempSync(join(tmpdir(), 'wuerr-report-'));
    mkdirSync(OUTPUT, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of ['en', 'de'] as const) {
    it(`renders the table and four charts and requests nothing but the file (${lang})`, async () => {
      const file = join(dir, `report-${lang}.html`);
      writeFileSync(file, makeReport(lang), 'utf8');
      const url = pathToFileURL(file).href;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      try {
        await page.goto(url, { waitUntil: 'load' });
        assert.deepEqual(requests, [url], 'the only request is the report file itself');
        assert.deepEqual(problems, [], 'no console errors (a CSP violation would show here)');

        assert.equal(await page.title(), `wuerr report <${lang}>`, 'title escaped and shown as text');
        const rows = await page.locator('#codes tbody tr').count();
        // Eight spellings, seven codes: 0x8024001E and -2145124322 are the same code.
        assert.equal(rows, 7, `table has ${rows} rows, one per distinct code`);
        const firstRow = await page.locator('#codes tbody tr').first().innerText();
        assert.match(firstRow, /0x[0-9A-F]{8}/, `first row shows a code: ${firstRow}`);
        const headers = await page.locator('h2').allInnerTexts();
        const expected = lang === 'de' ? ['Codes nach Anzahl', 'Vorkommen nach Komponente', 'Vorkommen nach Datei', 'Vorkommen im Zeitverlauf'] : ['Codes by count', 'Occurrences by component', 'Occurrences by file', 'Occurrences over time'];
        for (const h of expected) assert.ok(headers.includes(h), `heading ${h} in ${headers.join(' | ')}`);

        const charts = await page.locator('svg.chart').count();
        assert.equal(charts, 4, 'four charts');
        for (let i = 0; i < charts; i++) {
          const box = await page.locator('svg.chart').nth(i).boundingBox();
          assert.ok(box && box.width > 100 && box.height > 20, `chart ${i} is laid out (${JSON.stringify(box)})`);
          const marks = await page.locator('svg.chart').nth(i).locator('rect').count();
          assert.ok(marks > 0, `chart ${i} has bars`);
        }
        assert.equal(await page.locator('b', { hasText: 'not bold' }).count(), 0, 'log text is escaped, never markup');
        const body = await page.locator('body').innerText();
        assert.match(body, lang === 'de' ? /Fehlerhafte Tokens/ : /Malformed tokens/, 'malformed section');
        assert.match(body, /WindowsUpdate <2>\.log/, 'file names shown as text');

        await page.screenshot({ path: join(OUTPUT, `report-${lang}.png`), fullPage: true });
        assert.ok(existsSync(join(OUTPUT, `report-${lang}.png`)), 'screenshot saved');
      } finally {
        await page.close();
      }
    });
  }
});
