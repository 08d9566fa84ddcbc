// Node side of the web page: reads the built page into memory once, so the app serves only files that exist there.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { StaticAsset, StaticAssets } from './app.js';

const _TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The largest build wuerr loads; the page is a few hundred KB, so anything near this is a wrong folder. */
const _MAX_TOTAL_BYTES = 32 * 1024 * 1024;

function _walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) _walk(path, out);
    else if (stat.isFile()) out.push(path);
  }
  return out;
}

/**
 * Loads every file of a built web page folder, keyed by URL path (`/index.html`, `/assets/…`).
 * @param root the build folder (Vite's outDir)
 * @returns the files, or undefined when the folder holds no index.html
 */
export function loadStaticAssets(root: string): StaticAssets | undefined {
  if (!existsSync(join(root, 'index.html'))) return undefined;
  const assets = new Map<string, StaticAsset>();
  let total = 0;
  for (const file of _walk(root, [])) {
    const body = readFileSync(file);
    total += body.byteLength;
    if (total > _MAX_TOTAL_BYTES) throw new Error(`${root} holds more than ${_MAX_TOTAL_BYTES} bytes; is it really the built wuerr page?`);
    const type = _TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    const compressible = /^(text\/|application\/(json|manifest)|image\/svg)/.test(type) && body.byteLength > 512;
    const urlPath = '/' + relative(root, file).split(sep).join('/');
    assets.set(urlPath, { body: new Uint8Array(body), type, etag, ...(compressible ? { gzip: new Uint8Array(gzipSync(body, { level: 9 })) } : {}) });
  }
  return assets;
}

/** Where the built page lives: dist/web beside the compiled server, or in the source checkout. */
export function defaultWebRoot(): string | undefined {
  const candidates = [new URL('../web/', import.meta.url), new URL('../../dist/web/', import.meta.url)];
  for (const url of candidates) {
    const dir = fileURLToPath(url);
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  return undefined;
}
