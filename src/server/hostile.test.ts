// Hostile input: thousands of generated odd requests, none of which may cause a 5xx or reach a file outside the web root.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import { listen } from './listen.js';
import { loadStaticAssets } from './static-files.js';

const SECRET = 'WUERR-SECRET-OUTSIDE-WEB-ROOT';
const LIMIT = 64 * 1024;

/** A small seeded generator, so a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['..', '.', '%2e%2e', '%2E%2E', '..%2f', '..%2F', '%2f', '%5c', '..%5c', '%00', '%ff', '%fe%ff', '%c0%af', '%e0%80%af', '%', '%zz', '%25', 'assets', 'api', 'v1', 'codes', 'search', 'catalog', 'scan', 'c', 'index.html', '0x80cf4017', '-2133901289', 'OM_E_NO_SERVICE', 'etc', 'passwd', 'secret.txt', '..;', '~', '%u002e', '?q=', '#', '\u00e4', '\u{1F600}', '<script>', '"', "'", ';', '%0d%0a'];
const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
const TYPES = ['text/plain', 'text/plain; charset=utf-8', 'application/json', 'multipart/form-data; boundary=x', 'text/plain; charset=latin1', '', '*/*', 'text/plain\u0000', 'application/x-www-form-urlencoded'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** One generated request: method, path, headers, body. */
function generate(rand: () => number, i: number): { method: string; path: string; headers: Record<string, string>; body?: Uint8Array } {
  const segments: string[] = [];
  const n = 1 + Math.floor(rand() * 6);
  for (let k = 0; k < n; k++) {
    const r = rand();
    if (r < 0.7) segments.push(pick(rand, PIECES));
    else if (r < 0.9) segments.push(encodeURIComponent(String.fromCharCode(...Array.from({ length: 1 + Math.floor(rand() * 12) }, () => 32 + Math.floor(rand() * 0x2000)))));
    else segments.push('x'.repeat(Math.floor(rand() * 20_000))); // very long URLs
  }
  let path = '/' + segments.join(rand() < 0.8 ? '/' : '');
  if (i % 50 === 0) path = pick(rand, ['/..%2f..%2fetc%2fpasswd', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/%2e%2e%5c%2e%2e%5csecret.txt', '/assets/..%252f..%252fsecret.txt', '/c/..%2f..%2fsecret.txt', '/api/v1/codes/..%2f..%2fsecret.txt']);
  const method = pick(rand, METHODS);
  const headers: Record<string, string> = {};
  if (rand() < 0.2) headers['X-Long'] = 'a'.repeat(Math.floor(rand() * 16_000));
  if (rand() < 0.2) headers['If-None-Match'] = pick(rand, ['*', '"x"', 'W/"', '', ','.repeat(100)]);
  if (rand() < 0.2) headers['Accept-Encoding'] = pick(rand, ['gzip', 'br, gzip;q=0', 'x'.repeat(1000)]);
  let body: Uint8Array | undefined;
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    if (rand() < 0.4) path = '/api/v1/scan';
    headers['Content-Type'] = pick(rand, TYPES);
    const size = rand() < 0.1 ? LIMIT + 1 + Math.floor(rand() * LIMIT) : Math.floor(rand() * 4000); // some oversized
    body = new Uint8Array(size);
    for (let k = 0; k < size; k++) body[k] = rand() < 0.05 ? 0x80 + Math.floor(rand() * 0x80) : 32 + Math.floor(rand() * 95); // invalid UTF-8 sprinkled in
    if (rand() < 0.3 && size > 40) body.set(new TextEncoder().encode('hr=0x80cf4017 -2145124322'), 0);
  }
  return { method, path, headers, ...(body ? { body } : {}) };
}

function assertSafe(status: number, text: string, what: string): void {
  assert.ok(status < 500, `${what}: status ${status}`);
  assert.ok(!text.includes(SECRET), `${what}: served a file outside the web root`);
  assert.ok(!/root:.*:0:0:/.test(text), `${what}: served /etc/passwd`);
}

let dir = '';
let assets: ReturnType<typeof loadStaticAssets>;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wuerr-hostile-'));
  mkdirSync(join(dir, 'web', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><meta name="wuerr-routes" content="hash"><title>wuerr</title>');
  writeFileSync(join(dir, 'web', 'assets', 'app.js'), 'console.log("wuerr")');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'web', '..secret'), 'inside the root, harmless');
  assets = loadStaticAssets(join(dir, 'web'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile input', () => {
  it('10,000 generated requests through app.request(): no 5xx, nothing outside the web root', async () => {
    const app = createApp({ ...(assets ? { assets } : {}), scanBodyLimit: LIMIT });
    const rand = prng(0x5eed);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 10_000; i++) {
      const req = generate(rand, i);
      const what = `#${i} ${req.method} ${req.path.slice(0, 120)}`;
      let res: Response;
      try {
        res = await app.request(req.path, { method: req.method, headers: req.headers, ...(req.body && req.method !== 'GET' && req.method !== 'HEAD' ? { body: req.body as Uint8Array<ArrayBuffer> } : {}) });
      } catch (error) {
        // The Request constructor itself refuses some header values; that is the client's side, not the app's.
        if (error instanceof TypeError) continue;
        throw error;
      }
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      assertSafe(res.status, await res.text(), what);
    }
    for (const s of [200, 404, 405, 413, 415]) assert.ok((statuses.get(s) ?? 0) > 0, `the generator reaches status ${s}: ${JSON.stringify([...statuses])}`);
  });

  describe('through the listening server', () => {
    let server: ServerType;
    let port = 0;
    before(async () => {
      const started = await listen({ host: '127.0.0.1', port: 0, ...(assets ? { assets } : {}), scanBodyLimit: LIMIT });
      server = started.server;
      port = Number(new URL(started.url).port);
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    /** Sends raw bytes and reads the whole answer; resolves with the status line's code (0 when the server just closed). */
    function raw(bytes: Buffer): Promise<{ status: number; text: string }> {
      return new Promise((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        const chunks: Buffer[] = [];
        socket.setTimeout(5000, () => {
          socket.destroy();
          reject(new Error('no answer within 5 s'));
        });
        socket.on('data', (c) => chunks.push(c));
        socket.on('error', () => undefined); // a reset after an early answer is fine
        socket.on('close', () => {
          const text = Buffer.concat(chunks).toString('latin1');
          resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
        });
        socket.end(bytes);
      });
    }

    it('a few hundred raw requests (traversal, invalid UTF-8, huge headers, bad framing): no 5xx, nothing outside the root', async () => {
      const rand = prng(42);
      const head = (path: Buffer | string, extra = ''): Buffer => Buffer.concat([Buffer.from('GET '), Buffer.isBuffer(path) ? path : Buffer.from(path, 'latin1'), Buffer.from(` HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${extra}\r\n`)]);
      const cases: Array<[string, Buffer]> = [
        ['literal dot-dot', head('/../../secret.txt')],
        ['literal dot-dot under assets', head('/assets/../../secret.txt')],
        ['etc/passwd', head('/..%2f..%2fetc%2fpasswd')],
        ['assets etc/passwd', head('/assets/..%2f..%2f..%2f..%2fetc%2fpasswd')],
        ['backslashes', head('/..\\..\\secret.txt')],
        ['absolute-form URL', head('http://x/../secret.txt')],
        ['raw invalid UTF-8 in the path', head(Buffer.from([0x2f, 0xff, 0xfe, 0xc0, 0xaf, 0x2e, 0x2e]))],
        ['raw invalid UTF-8 in a code', head(Buffer.concat([Buffer.from('/api/v1/codes/'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1])]))],
        ['100 KB URL', head('/api/v1/codes/' + 'A'.repeat(100_000))],
        ['64 KB header', head('/', `X-Big: ${'b'.repeat(65_536)}\r\n`)],
        ['200 headers', head('/', Array.from({ length: 200 }, (_, i) => `X-H${i}: v\r\n`).join(''))],
        ['bad chunked body', Buffer.from('POST /api/v1/scan HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n')],
        ['oversized declared body', Buffer.from(`POST /api/v1/scan HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${LIMIT * 4}\r\n\r\nshort`)],
        ['oversized chunked body', Buffer.concat([Buffer.from('POST /api/v1/scan HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n'), ...Array.from({ length: 4 }, () => Buffer.from(`${(LIMIT / 2).toString(16)}\r\n${'x'.repeat(LIMIT / 2)}\r\n`)), Buffer.from('0\r\n\r\n')])],
        ['not HTTP at all', Buffer.from('\u0016\u0003\u0001 hello\r\n\r\n')],
        ['conflicting lengths', Buffer.from('POST /api/v1/scan HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde')],
      ];
      for (let i = 0; i < 300; i++) {
        const req = generate(rand, i);
        const headers = Object.entries(req.headers).map(([k, v]) => `${k}: ${v.replace(/[\r\n\0]/g, '')}\r\n`).join('');
        const body = req.body ?? new Uint8Array(0);
        cases.push([`generated #${i} ${req.method} ${req.path.slice(0, 80)}`, Buffer.concat([Buffer.from(`${req.method} ${req.path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${headers}Content-Length: ${body.byteLength}\r\n\r\n`, 'latin1'), body])]);
      }
      let answered = 0;
      for (const [what, bytes] of cases) {
        const { status, text } = await raw(bytes);
        if (status !== 0) answered++;
        assertSafe(status, text, what);
      }
      assert.ok(answered > cases.length * 0.9, `most requests get an HTTP answer (${answered}/${cases.length})`);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      assert.equal(health.status, 200, 'the server still answers afterwards');
    });
  });
});
