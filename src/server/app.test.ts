import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lookup } from '../core/lookup.js';
import { app, createApp, ROUTES, type StaticAsset } from './app.js';
import { SCAN_BODY_LIMIT } from './openapi.js';

const PROBLEM = 'application/problem+json';

async function problemOf(res: Response, status: number, what: string): Promise<Record<string, unknown>> {
  assert.equal(res.status, status, `${what}: status`);
  assert.equal(res.headers.get('content-type'), PROBLEM, `${what}: content type`);
  const body = (await res.json()) as Record<string, unknown>;
  assert.equal(body['status'], status, `${what}: body.status`);
  assert.equal(typeof body['title'], 'string', `${what}: body.title`);
  assert.ok(typeof body['detail'] === 'string' && body['detail'].length > 10, `${what}: a helpful detail`);
  return body;
}

function asset(text: string, type: string): StaticAsset {
  return { body: new TextEncoder().encode(text), type, etag: `"${text.length}"` };
}

const INDEX = '<!doctype html><html><head><meta name="wuerr-routes" content="hash"><link rel="stylesheet" href="./assets/index-abc.css"></head><body>page</body></html>';
const withPage = createApp({
  assets: new Map([
    ['/index.html', asset(INDEX, 'text/html; charset=utf-8')],
    ['/assets/index-abc.css', asset('body{color:red}', 'text/css; charset=utf-8')],
    ['/assets/index-abc.js', asset('console.log(1)', 'text/javascript; charset=utf-8')],
  ]),
  version: '9.9.9',
});

describe('GET /api/v1/codes/{input}', () => {
  it('answers every accepted form with the element wuerr --json prints for it', async () => {
    for (const input of ['0x80CF4017', '80cf4017', '0x80CF4017L', '-2133901289', '2161066007', 'OM_E_PT_HTTP_STATUS_DENIED', '=WU_E_NO_UPDATE', ':HTTP_STATUS']) {
      const res = await app.request(`/api/v1/codes/${encodeURIComponent(input)}`);
      assert.equal(res.status, 200, input);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/, input);
      assert.deepEqual(await res.json(), JSON.parse(JSON.stringify(lookup(input))), input);
    }
  });

  it('404 for a code no catalog knows, with its decoding in the problem body', async () => {
    const body = await problemOf(await app.request('/api/v1/codes/0x80070005'), 404, '0x80070005');
    assert.equal((body['decoded'] as { hex: string }).hex, '0x80070005');
    assert.deepEqual(body['matches'], []);
    const byName = await problemOf(await app.request('/api/v1/codes/NO_SUCH_NAME'), 404, 'NO_SUCH_NAME');
    assert.match(String(byName['detail']), /search/);
  });

  it('400 for input that is not a code, quoting the input and listing the accepted forms', async () => {
    for (const input of ['0x1234567890', 'hello world', '-99999999999', '%E0%A4%A', 'a'.repeat(300)]) {
      const body = await problemOf(await app.request(`/api/v1/codes/${input}`), 400, input);
      assert.match(String(body['detail']), /0x80CF4017/, `${input}: lists accepted forms`);
    }
  });

  it('an encoded slash inside the input is a 400, not a route miss', async () => {
    await problemOf(await app.request('/api/v1/codes/0x80cf%2F4017'), 400, 'encoded slash');
  });
});

describe('GET /api/v1/search', () => {
  it('finds codes by German and English words and honours limit', async () => {
    const res = await app.request('/api/v1/search?q=proxy&limit=3&lang=en');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { hits: Array<{ name: string; score: number }> };
    assert.ok(body.hits.length >= 1 && body.hits.length <= 3, `hits: ${body.hits.length}`);
    assert.ok(body.hits.every((h) => typeof h.score === 'number'), 'every hit has a score');
    const de = (await (await app.request(`/api/v1/search?q=${encodeURIComponent('Zeitüberschreitung')}&lang=de`)).json()) as { hits: unknown[] };
    assert.ok(de.hits.length > 0, 'a German word finds something');
  });

  it('rejects a missing q, an unknown lang and a bad limit with 400', async () => {
    for (const query of ['', '?q=', '?q=%20', '?q=x&lang=fr', '?q=x&limit=0', '?q=x&limit=101', '?q=x&limit=abc', '?q=x&limit=1.5', `?q=${'x'.repeat(201)}`]) {
      await problemOf(await app.request(`/api/v1/search${query}`), 400, query);
    }
  });
});

describe('GET /api/v1/catalog', () => {
  it('sends every entry with ETag and Cache-Control, and 304 for a matching If-None-Match', async () => {
    const res = await app.request('/api/v1/catalog');
    assert.equal(res.status, 200);
    const etag = res.headers.get('etag');
    assert.ok(etag && /^"[0-9a-f]{16}"$/.test(etag), `etag ${etag}`);
    assert.match(res.headers.get('cache-control') ?? '', /max-age=\d+/);
    const body = (await res.json()) as { count: number; entries: Array<{ code: string }> };
    assert.equal(body.count, body.entries.length);
    assert.ok(body.count > 600, `count ${body.count}`);
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await app.request('/api/v1/catalog', { headers: { 'If-None-Match': inm } });
      assert.equal(again.status, 304, `If-None-Match: ${inm}`);
      assert.equal(await again.text(), '', `304 has no body (${inm})`);
    }
    assert.equal((await app.request('/api/v1/catalog', { headers: { 'If-None-Match': '"nope"' } })).status, 200);
  });
});

describe('POST /api/v1/scan', () => {
  it('415 for other content types, naming what was sent', async () => {
    for (const type of ['application/json', 'application/x-www-form-urlencoded', 'text/html', '']) {
      const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
      // A byte body, so fetch adds no text/plain of its own when no type is given.
      const body = await problemOf(await app.request('/api/v1/scan', { method: 'POST', body: new Uint8Array([120]), headers }), 415, type || 'no type');
      assert.match(String(body['detail']), /text\/plain/, type);
    }
  });

  it('413 beyond the limit, by Content-Length and while reading a body without one', async () => {
    const small = createApp({ scanBodyLimit: 1000 });
    await problemOf(await small.request('/api/v1/scan', { method: 'POST', body: 'x'.repeat(1001), headers: { 'Content-Type': 'text/plain' } }), 413, 'declared length');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(100).fill(65));
        controller.close();
      },
    });
    const res = await small.request('/api/v1/scan', { method: 'POST', body: stream, headers: { 'Content-Type': 'text/plain' }, duplex: 'half' } as RequestInit);
    await problemOf(res, 413, 'streamed body');
    assert.equal(SCAN_BODY_LIMIT, 10 * 1024 * 1024);
  });
});

describe('errors, headers, CORS', () => {
  it('405 with Allow for every route and a method it does not answer', async () => {
    for (const route of ROUTES) {
      const path = route.path.replace(/:(\w+)\{[^}]*\}/, '0x80CF4017');
      const method = route.methods.includes('GET') ? 'DELETE' : 'GET';
      const res = await app.request(path, { method });
      await problemOf(res, 405, `${method} ${path}`);
      assert.ok(res.headers.get('allow')?.includes(route.methods[0]!), `${path}: Allow ${res.headers.get('allow')}`);
    }
  });

  it('JSON 404 for unknown API routes and other paths', async () => {
    for (const path of ['/api/v1/nope', '/api/v2/codes/0x1', '/nope', '/assets/missing.js']) await problemOf(await app.request(path), 404, path);
  });

  it('security headers on every response, including errors and 304', async () => {
    const responses = [await app.request('/healthz'), await app.request('/nope'), await app.request('/api/v1/catalog', { method: 'PUT' }), await withPage.request('/'), await app.request('/c/0x80cf4017')];
    for (const res of responses) {
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'/, `${res.url} CSP`);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, 'no inline script');
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    }
  });

  it('CORS open for GET API routes (and their preflight), not for the scan POST', async () => {
    for (const path of ['/api/v1/codes/0x80cf4017', '/api/v1/catalog', '/api/v1/search?q=proxy', '/openapi.json']) {
      assert.equal((await app.request(path, { headers: { Origin: 'https://example.test' } })).headers.get('access-control-allow-origin'), '*', path);
    }
    const pre = await app.request('/api/v1/codes/0x1', { method: 'OPTIONS', headers: { Origin: 'https://example.test', 'Access-Control-Request-Method': 'GET' } });
    assert.equal(pre.status, 204);
    assert.match(pre.headers.get('access-control-allow-methods') ?? '', /GET/);
    const post = await app.request('/api/v1/scan', { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain', Origin: 'https://example.test' } });
    assert.equal(post.headers.get('access-control-allow-origin'), null);
  });

  it('no stack trace reaches a response: unexpected errors become a generic 500 problem', async () => {
    const logged: unknown[] = [];
    // A page folder whose lookup fails stands in for any bug inside a handler.
    class BrokenAssets extends Map<string, StaticAsset> {
      override get(key: string): StaticAsset | undefined {
        if (key === '/boom') throw new Error('secret internal detail at /srv/x.ts:12');
        return super.get(key);
      }
    }
    const broken = createApp({ assets: new BrokenAssets(), logError: (e) => logged.push(e) });
    const res = await broken.request('/boom');
    const body = await problemOf(res, 500, '/boom');
    assert.doesNotMatch(JSON.stringify(body), /secret|\.ts:|at /);
    assert.equal(logged.length, 1);
  });

  it('HEAD answers like GET without a body', async () => {
    const res = await app.request('/healthz', { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.equal(await res.text(), '');
  });
});

describe('GET /c/{code}, /, /openapi.json, /healthz', () => {
  it('renders a permalink page that works without JavaScript', async () => {
    const res = await withPage.request('/c/0x80CF4017');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /OM_E_PT_HTTP_STATUS_DENIED/);
    assert.match(html, /WU_E_PT_HTTP_STATUS_DENIED/, 'twin');
    assert.match(html, /-2133901289/, 'signed decimal');
    assert.match(html, /href="\/assets\/index-abc\.css"/, 'links the built stylesheet');
    assert.doesNotMatch(html, /<script/i);
  });

  it('escapes what the path carries, and answers 400/404 pages for bad or unknown codes', async () => {
    const bad = await app.request('/c/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    assert.equal(bad.status, 400);
    const html = await bad.text();
    assert.ok(!html.includes('<script>alert(1)'), 'input is escaped');
    assert.ok(html.includes('&lt;script&gt;'), 'input is shown escaped');
    const unknown = await app.request('/c/0x80070005');
    assert.equal(unknown.status, 404);
    assert.match(await unknown.text(), /0x007/, 'unknown code page shows the decoding');
  });

  it('serves the built index with path permalinks, assets with gzip-ready caching, or a hint when unbuilt', async () => {
    const page = await withPage.request('/');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<meta name="wuerr-routes" content="path">/);
    const js = await withPage.request('/assets/index-abc.js');
    assert.equal(js.status, 200);
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
    assert.equal((await withPage.request('/assets/index-abc.js', { headers: { 'If-None-Match': js.headers.get('etag')! } })).status, 304);
    assert.match(await (await app.request('/')).text(), /npm run build:web/);
  });

  it('/healthz says ok with the version', async () => {
    assert.deepEqual(await (await withPage.request('/healthz')).json(), { status: 'ok', version: '9.9.9' });
  });

  it('/openapi.json is OpenAPI 3.1 and describes exactly the routes the app serves', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.equal(doc.openapi, '3.1.0');
    const served = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && r.path !== '/*')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`),
    );
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)));
    assert.deepEqual([...documented].sort(), [...served].sort());
    for (const [path, ops] of Object.entries(doc.paths)) for (const [m, op] of Object.entries(ops)) assert.ok((op as { responses?: object }).responses, `${m} ${path} documents its responses`);
  });
});
