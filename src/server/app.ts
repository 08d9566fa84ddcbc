// wuerr's HTTP app: a Web-standard fetch handler (Hono) for the JSON API, the permalink pages and the built web page.

import { Hono, type Context } from 'hono';
import { getCatalog } from '../core/catalog.js';
import { lookup } from '../core/lookup.js';
import { ACCEPTED_FORMS } from '../core/parse.js';
import { scanText } from '../core/scan.js';
import { searchCatalog } from '../core/search.js';
import { renderCodePage } from './html.js';
import { openApiDocument, SCAN_BODY_LIMIT } from './openapi.js';
import { problemResponse } from './problem.js';

/** One file of the built web page, held in memory. */
export interface StaticAsset {
  readonly body: Uint8Array;
  /** The gzip-compressed body, when compressing pays off. */
  readonly gzip?: Uint8Array;
  readonly type: string;
  readonly etag: string;
}

/** The built web page: URL path (`/index.html`, `/assets/index-x.js`) to file. Only these paths are ever served. */
export type StaticAssets = ReadonlyMap<string, StaticAsset>;

/** How to build an app. */
export interface AppOptions {
  /** The built web page; without it `/` explains how to build it. */
  readonly assets?: StaticAssets;
  /** Shown in /openapi.json and /healthz. */
  readonly version?: string;
  /** The largest POST /api/v1/scan body in bytes (default 10 MiB). */
  readonly scanBodyLimit?: number;
  /** Called with an unexpected error; the client only ever sees a generic 500. */
  readonly logError?: (error: unknown) => void;
}

/** The Content-Security-Policy of every response: only this origin, no inline script, no framing. */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const _SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const _MAX_INPUT = 200;
const _MAX_QUERY = 200;
const _MAX_LIMIT = 100;

/** Paths whose GET answers may be read from any origin. */
function _isCorsPath(path: string): boolean {
  return path.startsWith('/api/v1/') || path === '/openapi.json' || path === '/healthz';
}

/** A cheap 64-bit FNV-1a style fingerprint of a string, for ETags. */
function _fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Whether an If-None-Match header lists this ETag (or `*`), ignoring weak prefixes. */
function _etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  const wanted = strip(etag);
  return header.split(',').some((t) => t.trim() === '*' || strip(t) === wanted);
}

function _json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } });
}

/** Responses built with every security and CORS header already in place; the header middleware leaves them alone. */
const _complete = new WeakSet<Response>();

/** The headers of a readable-from-anywhere GET API answer, as one plain object (the Node adapter writes it as is). */
const _API_GET_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'public, max-age=300',
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
  ..._SECURITY_HEADERS,
};

/** Serialised lookups by input, so a popular code is looked up and stringified once; bounded, cleared when full. */
const _CODE_CACHE_SIZE = 4096;

/** Why a body could not be read within the limit. */
const _TOO_LARGE = Symbol('too large');

/** Reads a request body as UTF-8, stopping as soon as it passes the limit so nothing unbounded is buffered. */
async function _readTextLimited(request: Request, limit: number): Promise<string | typeof _TOO_LARGE> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return _TOO_LARGE;
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return _TOO_LARGE;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Decodes a URL path fully; undefined when it is not valid percent-encoding or UTF-8. */
function _decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** The stylesheet paths the built index.html links, made absolute so pages under /c/ find them. */
function _stylesheetsOf(assets: StaticAssets | undefined): string[] {
  const index = assets?.get('/index.html');
  if (index === undefined) return [];
  const html = new TextDecoder().decode(index.body);
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="\.?(\/[^"]+)"/g)].map((m) => m[1]!).filter((p) => assets!.has(p));
}

/** The index page as served: the build's index.html, told that permalinks are real paths here. */
function _servedIndex(assets: StaticAssets | undefined): StaticAsset | undefined {
  const index = assets?.get('/index.html');
  if (index === undefined) return undefined;
  const html = new TextDecoder().decode(index.body).replace('<meta name="wuerr-routes" content="hash">', '<meta name="wuerr-routes" content="path">');
  const body = new TextEncoder().encode(html);
  return { body, type: index.type, etag: `"${_fingerprint(html)}"` };
}

const _NO_WEB_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>wuerr</title></head><body><h1>wuerr</h1><p>The web page is not built. Run <code>npm run build:web</code>, then restart <code>wuerr serve</code>. The API is at <a href="/openapi.json">/openapi.json</a>.</p></body></html>`;

/** Every route: path as Hono spells it, and the methods it answers (HEAD comes with GET). */
export const ROUTES: ReadonlyArray<{ readonly path: string; readonly methods: readonly string[] }> = [
  { path: '/api/v1/codes/:input{.+}', methods: ['GET'] },
  { path: '/api/v1/search', methods: ['GET'] },
  { path: '/api/v1/catalog', methods: ['GET'] },
  { path: '/api/v1/scan', methods: ['POST'] },
  { path: '/openapi.json', methods: ['GET'] },
  { path: '/healthz', methods: ['GET'] },
  { path: '/c/:code{.+}', methods: ['GET'] },
];

/**
 * Builds the app. The catalog JSON, its ETag and the OpenAPI document are computed once, here.
 * @example await createApp().request('/api/v1/codes/0x80cf4017') // 200, the lookup result
 */
export function createApp(options: AppOptions = {}): Hono {
  const { assets, version = 'dev', scanBodyLimit = SCAN_BODY_LIMIT, logError = () => undefined } = options;
  const catalog = getCatalog();
  const catalogBody = JSON.stringify({ count: catalog.length, entries: catalog });
  const catalogEtag = `"${_fingerprint(catalogBody)}"`;
  const openApiBody = JSON.stringify(openApiDocument(version));
  const stylesheets = _stylesheetsOf(assets);
  const index = _servedIndex(assets);
  const codeBodies = new Map<string, string>();

  const app = new Hono();

  app.get('/api/v1/codes/:input{.+}', (c) => {
    const raw = c.req.param('input');
    const cached = codeBodies.get(raw);
    if (cached !== undefined) return _completeResponse(cached);
    const input = _decodePath(raw) ?? raw;
    if (input.length > _MAX_INPUT) return problemResponse(400, `the input is ${input.length} characters long; a code or name has at most ${_MAX_INPUT}. ${`Accepted: ${ACCEPTED_FORMS.join(', ')}`}`);
    const result = lookup(input);
    if (result.error !== undefined) return problemResponse(400, result.error, { input: result.input, accepted: ACCEPTED_FORMS });
    if (result.matches.length === 0) {
      const detail = result.decoded ? `no catalog knows ${result.decoded.hex}; the decoding of its bits is in "decoded"` : `no code has the name ${JSON.stringify(input)}; try /api/v1/search?q=${encodeURIComponent(input)}`;
      return problemResponse(404, detail, { ...result });
    }
    const body = JSON.stringify(result);
    if (codeBodies.size >= _CODE_CACHE_SIZE) codeBodies.clear();
    codeBodies.set(raw, body);
    return _completeResponse(body);
  });

  app.get('/api/v1/search', (c) => {
    const q = c.req.query('q');
    const lang = c.req.query('lang');
    const limitText = c.req.query('limit');
    if (q === undefined || q.trim() === '') return problemResponse(400, 'the query parameter "q" is missing or empty; for example /api/v1/search?q=proxy');
    if (q.length > _MAX_QUERY) return problemResponse(400, `"q" is ${q.length} characters long; at most ${_MAX_QUERY} are accepted`);
    if (lang !== undefined && lang !== 'de' && lang !== 'en') return problemResponse(400, `"lang" ${JSON.stringify(lang)} is not a language wuerr speaks; accepted: de, en`);
    let limit = 20;
    if (limitText !== undefined) {
      if (!/^[0-9]{1,3}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > _MAX_LIMIT) return problemResponse(400, `"limit" ${JSON.stringify(limitText)} is not a whole number from 1 to ${_MAX_LIMIT}`);
      limit = Number(limitText);
    }
    const hits = searchCatalog(q, lang === undefined ? { limit } : { lang, limit });
    return _json({ query: q, ...(lang ? { lang } : {}), limit, hits }, 200, { 'Cache-Control': 'public, max-age=300' });
  });

  app.get('/api/v1/catalog', (c) => {
    const headers = { ETag: catalogEtag, 'Cache-Control': 'public, max-age=3600' };
    if (_etagMatches(c.req.header('if-none-match'), catalogEtag)) return new Response(null, { status: 304, headers });
    return new Response(catalogBody, { headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } });
  });

  app.post('/api/v1/scan', async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
    if (type !== 'text/plain') {
      return problemResponse(415, `the body must be the log text as Content-Type: text/plain (got ${type ? JSON.stringify(type) : 'no Content-Type'}); for example: curl --data-binary @WindowsUpdate.log -H 'Content-Type: text/plain' …/api/v1/scan`);
    }
    const text = await _readTextLimited(c.req.raw, scanBodyLimit);
    if (text === _TOO_LARGE) return problemResponse(413, `the body is larger than ${scanBodyLimit} bytes, the most /api/v1/scan reads; split the log or use the CLI: wuerr scan <file>`);
    return _json(scanText(text));
  });

  app.get('/openapi.json', () => new Response(openApiBody, { headers: { 'Content-Type': 'application/json; charset=utf-8' } }));
  app.get('/healthz', () => _json({ status: 'ok', version }, 200, { 'Cache-Control': 'no-store' }));

  app.get('/c/:code{.+}', (c) => {
    const raw = c.req.param('code');
    const input = (_decodePath(raw) ?? raw).slice(0, _MAX_INPUT);
    const result = lookup(input);
    const status = result.error !== undefined ? 400 : result.matches.length === 0 ? 404 : 200;
    return c.html(renderCodePage(result, { stylesheets }), status);
  });

  // Everything no route answers: a known path with another method (405), a file of the build, or 404. Kept out of
  // the routes so each API request matches exactly one handler, which Hono answers without composing middleware.
  app.notFound((c) => {
    const path = c.req.path;
    const route = _ROUTE_PATTERNS.find((r) => r.pattern.test(path));
    if (route !== undefined) {
      return problemResponse(405, `${c.req.method} is not allowed on ${path}; allowed: ${route.allow.join(', ')}`, {}, { Allow: route.allow.join(', ') });
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return _notFound(path);
    if (path.startsWith('/api/')) return _notFound(path);
    if (path === '/' || path === '/index.html') return index ? _serveAsset(c, index) : c.html(_NO_WEB_PAGE);
    const decoded = _decodePath(path);
    // Only paths that are exactly a file of the build are served; anything odd is simply not one.
    if (decoded === undefined || decoded.includes('..') || decoded.includes('\\') || decoded.includes('\0')) return _notFound(path);
    const asset = assets?.get(decoded);
    return asset ? _serveAsset(c, asset) : _notFound(path);
  });
  app.onError((error) => {
    logError(error);
    return problemResponse(500, 'wuerr failed to answer this request; the error was logged on the server');
  });

  // Security and CORS headers go on every answer here, around Hono's dispatch, rather than in a middleware that
  // would make every request pass through an async chain. Answers built complete skip it.
  const dispatch = app.fetch;
  app.fetch = (request, ...rest) => {
    const method = request.method;
    if (method === 'OPTIONS' && _isCorsPath(_pathOf(request.url))) {
      return new Response(null, { status: 204, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Max-Age': '86400', ..._SECURITY_HEADERS } });
    }
    const res = dispatch(request, ...rest);
    return res instanceof Promise ? res.then((r) => _finish(request, method, r)) : _finish(request, method, res);
  };
  return app;
}

/** Each route as a regular expression over the path, with the methods it allows, for 405 answers. */
const _ROUTE_PATTERNS = ROUTES.map((route) => ({
  pattern: new RegExp('^' + route.path.replace(/:\w+\{\.\+\}/g, '.+').replace(/\//g, '\\/') + '$'),
  allow: route.methods.includes('GET') ? [...route.methods, 'HEAD'] : [...route.methods],
}));

/** The path of a request URL, without parsing the whole URL. */
function _pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  let end = url.length;
  for (let i = start; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 63 /* ? */ || c === 35 /* # */) {
      end = i;
      break;
    }
  }
  return url.slice(start, end);
}

/** Adds the security headers, and on readable-from-anywhere GET answers the CORS headers, unless the answer has them. */
function _finish(request: Request, method: string, res: Response): Response {
  if (_complete.has(res)) return res;
  for (const name in _SECURITY_HEADERS) res.headers.set(name, _SECURITY_HEADERS[name]!);
  if ((method === 'GET' || method === 'HEAD') && _isCorsPath(_pathOf(request.url))) {
    res.headers.set('Access-Control-Allow-Origin', '*');
    res.headers.set('Access-Control-Expose-Headers', 'ETag');
  }
  return res;
}

/** A 200 JSON answer of a GET API route with all its headers set at once. */
function _completeResponse(body: string): Response {
  // A fresh object each time: the Node adapter adds Content-Length to the headers object it is given.
  const res = new Response(body, { status: 200, headers: { ..._API_GET_HEADERS } });
  _complete.add(res);
  return res;
}

function _notFound(path: string): Response {
  const shown = path.length > 120 ? path.slice(0, 120) + '…' : path;
  return problemResponse(404, `nothing is at ${JSON.stringify(shown)}; the API is described at /openapi.json (for example GET /api/v1/codes/0x80CF4017)`);
}

/** Answers with a file of the build, gzip-compressed when the client accepts it, 304 when the client has it. */
function _serveAsset(c: Context, asset: StaticAsset): Response {
  // Vite names the files under /assets/ by their content, so they never change; everything else is revalidated.
  const cache = c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  const headers: Record<string, string> = { 'Content-Type': asset.type, ETag: asset.etag, 'Cache-Control': cache, Vary: 'Accept-Encoding' };
  if (_etagMatches(c.req.header('if-none-match'), asset.etag)) return new Response(null, { status: 304, headers });
  if (asset.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    return new Response(asset.gzip as Uint8Array<ArrayBuffer>, { headers: { ...headers, 'Content-Encoding': 'gzip' } });
  }
  return new Response(asset.body as Uint8Array<ArrayBuffer>, { headers });
}

/** The app with the API and permalink pages but no built web page; `wuerr serve` adds the page. */
export const app = createApp();
