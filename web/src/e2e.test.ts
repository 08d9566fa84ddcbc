// End-to-end: the built page in a real Chromium, served by wuerr serve's app and opened from a plain folder.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { lookup } from '../../src/core/lookup.js';
import { scanText } from '../../src/core/scan.js';
import { searchCatalog } from '../../src/core/search.js';
import { listen } from '../../src/server/listen.js';
import { loadStaticAssets } from '../../src/server/static-files.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(ROOT, 'test-output');
const WEIGHT_LIMIT = 120 * 1024;
const missing = !existsSync(CHROMIUM);
const skip = missing && !process.env['CI'] ? `${CHROMIUM} is missing (apt-get install -y chromium); the browser tests run whenever CI is set` : false;

const LOG = [
  '2024-05-02 10:00:01.123 1234 5678 Agent * WARNING: Exit code = 0x80CF4017',
  '2024-05-02 10:00:02.000 1234 5678 Agent failed hr=0x8024402C',
  'HResult : -2145124322',
  '2024-05-02 10:00:03.500 1234 5678 Agent * WARNING: Exit code = 0x80CF4017',
  'Result code 0x80cf4017 again, and a broken 0x80CF401',
].join('\n');

describe('web page in Chromium', { skip }, () => {
  let dir = '';
  let browser: Browser;
  let server: ServerType;
  let origin = '';

  before(async () => {
    if (missing) throw new Error(`CI is set but ${CHROMIUM} is missing: .ci/run installs the Debian package chromium`);
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'wuerr-web-'));
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
    const assets = loadStaticAssets(dir);
    assert.ok(assets, 'the build wrote index.html');
    const started = await listen({ host: '127.0.0.1', port: 0, assets });
    server = started.server;
    origin = started.url.replace(/\/$/, '');
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh page that records CSP violations, console errors and every request. */
  async function open(options: { locale?: string; javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}) {
    const context = await browser.newContext({ locale: options.locale ?? 'en-US', javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: options.viewport ?? { width: 1100, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    return { page, problems, requests, close: () => context.close() };
  }

  async function search(page: Page, text: string): Promise<void> {
    await page.fill('#q', '');
    await page.type('#q', text, { delay: 5 });
  }

  it('typing a hex code shows its card: numbers, name, catalog, both texts, twin, bit diagram', async () => {
    const { page, problems, requests, close } = await open();
    await page.goto(origin + '/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q', 'the search box has the focus on load');
    await search(page, '0x80cf4017');
    const card = page.locator('article.card[data-code="0x80CF4017"]');
    await card.waitFor();
    const text = await card.innerText();
    const m = lookup('0x80cf4017').matches[0]!;
    for (const want of [m.name, '0x80CF4017', '-2133901289', '2161066007', m.description.en, m.description.de, m.twin!.name]) assert.ok(text.includes(want), `card shows ${JSON.stringify(want)}`);
    assert.equal(await card.locator('svg.bits rect').count(), 7, 'S R C N X, facility and code boxes');
    assert.equal(await card.locator('a.permalink').getAttribute('href'), '/c/0x80CF4017', 'served pages link real permalinks');
    await page.screenshot({ path: join(SHOTS, 'hex.png'), fullPage: true });
    await card.locator('a.twin').click();
    await page.locator(`article.card[data-code="${m.twin!.code}"]`).waitFor();
    assert.deepEqual(problems, [], 'no CSP violation or script error');
    assert.ok(requests.every((u) => u.startsWith(origin) || u.startsWith('data:')), `no request to another host: ${requests.join(' ')}`);
    await close();
  });

  it('a negative decimal finds its code', async () => {
    const { page, close } = await open();
    await page.goto(origin + '/');
    await search(page, '-2145124322');
    const want = lookup('-2145124322').matches[0]!;
    await page.locator(`article.card[data-code="${want.code}"]`).waitFor();
    assert.ok((await page.locator('#results').innerText()).includes(want.name), want.name);
    await page.screenshot({ path: join(SHOTS, 'negative-decimal.png'), fullPage: true });
    await close();
  });

  it('a German word lists hits, in German by default for a German browser', async () => {
    const { page, close } = await open({ locale: 'de-DE' });
    await page.goto(origin + '/');
    assert.equal(await page.getAttribute('#lang-de', 'aria-pressed'), 'true', 'German chosen from navigator.language');
    const word = 'Zeitüberschreitung';
    await search(page, word);
    const expected = searchCatalog(word, { lang: 'de', limit: 20 });
    assert.ok(expected.length > 1, 'the word has several hits');
    await page.locator('ol.hits li').first().waitFor();
    assert.equal(await page.locator('ol.hits li').count(), expected.length);
    assert.ok((await page.locator('ol.hits').innerText()).includes(expected[0]!.name), expected[0]!.name);
    await page.screenshot({ path: join(SHOTS, 'german-word.png'), fullPage: true });
    await page.click('#lang-en');
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the switch changes the language');
    await close();
  });

  it('the permalink /c/{code} works without JavaScript', async () => {
    const { page, close } = await open({ javaScriptEnabled: false });
    const res = await page.goto(origin + '/c/0x80CF4017');
    assert.equal(res?.status(), 200);
    const text = await page.innerText('body');
    assert.ok(text.includes('OM_E_PT_HTTP_STATUS_DENIED') && text.includes('WU_E_PT_HTTP_STATUS_DENIED'), 'name and twin');
    assert.ok(await page.evaluate(() => getComputedStyle(document.body).fontFamily.includes('system-ui')), 'the page stylesheet applies');
    await page.screenshot({ path: join(SHOTS, 'permalink.png'), fullPage: true });
    await close();
  });

  it('pasting a log shows the summary table and the bar chart, matching scanText', async () => {
    const { page, problems, close } = await open({ viewport: { width: 390, height: 844 } });
    await page.goto(origin + '/');
    await page.fill('#log', LOG);
    const expected = scanText(LOG);
    await page.locator('table.summary tbody tr').first().waitFor();
    assert.equal(await page.locator('table.summary tbody tr').count(), expected.codes.length, 'one row per code');
    assert.equal(await page.locator('svg.chart rect').count(), expected.codes.length, 'one bar per code');
    const firstRow = await page.locator('table.summary tbody tr').first().innerText();
    assert.ok(firstRow.includes(expected.codes[0]!.code) && firstRow.includes(String(expected.codes[0]!.count)), `first row ${firstRow}`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scrolling on a phone');
    await page.screenshot({ path: join(SHOTS, 'paste-phone.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await close();
  });

  it('the static build works from a file:// folder, with hash permalinks', async () => {
    const { page, problems, requests, close } = await open();
    await page.goto(pathToFileURL(join(dir, 'index.html')).href + '#/c/0x80CF4017');
    await page.locator('article.card[data-code="0x80CF4017"]').waitFor();
    assert.equal(await page.locator('a.permalink').first().getAttribute('href'), '#/c/0x80CF4017');
    await search(page, 'OM_E_NO_SERVICE');
    await page.locator('article.card[data-code="0x80CF0001"]').waitFor();
    await page.screenshot({ path: join(SHOTS, 'file-url.png'), fullPage: true });
    assert.deepEqual(problems, []);
    assert.ok(requests.every((u) => u.startsWith('file:') || u.startsWith('data:')), `only local files: ${requests.join(' ')}`);
    await close();
  });

  it(`the first load fetches at most ${WEIGHT_LIMIT / 1024} KB gzipped, catalog included`, async () => {
    const { page, close } = await open();
    let total = 0;
    const sizes: string[] = [];
    page.on('response', async (r) => {
      if (!r.url().startsWith(origin)) return;
      const body = await r.body().catch(() => Buffer.alloc(0));
      const gz = gzipSync(body, { level: 9 }).byteLength;
      total += gz;
      sizes.push(`${new URL(r.url()).pathname} ${gz}`);
    });
    await page.goto(origin + '/', { waitUntil: 'networkidle' });
    assert.ok(sizes.length >= 3, `index, script and stylesheet: ${sizes.join(', ')}`);
    assert.ok(total <= WEIGHT_LIMIT, `first load ${total} bytes gzipped: ${sizes.join(', ')}`);
    await close();
  });
});
