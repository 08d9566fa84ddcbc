// Tests for scanning files and streams: encodings, BOMs, CRLF, gzip, stdin-like streams, and unreadable files.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { detectEncoding, scanFile, scanStream } from './scan-file.js';
import type { Occurrence } from '../core/scan-types.js';

const dir = mkdtempSync(join(tmpdir(), 'wuerr-scan-file-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'Grüße 2024-01-15 09:12:33, Error CBS [HRESULT = 0x800f0922]\nHResult : -2145124322\n{8E123A33-E3D3-52F4-D9B3-02A90AF25D1C} hr = 8024000C\n';
const WANT = ['0x800F0922@1:49', '0x8024001E@2:11', '0x8024000C@3:45'];

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
}

const VARIANTS: Record<string, Buffer> = {
  'utf8.log': Buffer.from(TEXT, 'utf8'),
  'utf8-bom.log': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]),
  'crlf.log': Buffer.from(TEXT.replace(/\n/g, '\r\n'), 'utf8'),
  'utf16le.log': utf16(TEXT, false),
  'utf16be.log': utf16(TEXT, true),
  'utf16le-crlf.log': utf16(TEXT.replace(/\n/g, '\r\n'), false),
  'plain.log.gz': gzipSync(Buffer.from(TEXT, 'utf8')),
  'utf16le.log.gz': gzipSync(utf16(TEXT, false)),
};

for (const [name, bytes] of Object.entries(VARIANTS)) {
  test(`scanFile reads ${name}: same codes, lines and columns`, async () => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const seen: Occurrence[] = [];
    const summary = await scanFile(path, { onOccurrence: (o) => seen.push(o) });
    assert.deepEqual(seen.map((o) => `${o.code}@${o.line}:${o.column}`), WANT, name);
    assert.equal(summary.totals.lines, 3, `${name}: lines`);
    assert.equal(seen[0]?.file, path, `${name}: file name on occurrences`);
  });
}

test('scanStream reads stdin-like streams in tiny pieces (a code split across pieces is found once)', async () => {
  for (const [name, bytes] of Object.entries(VARIANTS)) {
    async function* pieces() {
      for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3);
    }
    const seen: Occurrence[] = [];
    await scanStream(pieces(), { onOccurrence: (o) => seen.push(o) });
    assert.deepEqual(seen.map((o) => `${o.code}@${o.line}:${o.column}`), WANT, `${name} in 3-byte pieces`);
  }
});

test('scanFile never throws on binary files and reports a clear error for missing files and directories', async () => {
  const path = join(dir, 'binary.bin');
  const bytes = Buffer.alloc(300_000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
  bytes.write('\n hr=0x80070005 \n', 150_000, 'latin1');
  writeFileSync(path, bytes);
  const summary = await scanFile(path);
  assert.ok(summary.codes.some((c) => c.code === '0x80070005'), 'the code inside binary noise');
  await assert.rejects(scanFile(join(dir, 'missing.log')), /cannot read .*missing\.log: no such file/);
  mkdirSync(join(dir, 'folder'));
  await assert.rejects(scanFile(join(dir, 'folder')), /folder.*directory/);
});

test('parallel parts give the same summary as one thread', async () => {
  const line = '2024-01-15 09:12:33, Error CBS [HRESULT = 0x800f0922] and -2145124322\n2024-01-15 09:12:34, Info nothing here 0x32\n';
  const path = join(dir, 'big.log');
  writeFileSync(path, line.repeat(Math.ceil((70 * 1024 * 1024) / line.length)));
  const one = await scanFile(path, { threads: 1 });
  const two = await scanFile(path, { threads: 2 });
  assert.deepEqual(two, one);
});

test('detectEncoding reads BOMs and the gzip magic number', () => {
  assert.deepEqual(detectEncoding(Uint8Array.of(0x1f, 0x8b, 8)), { encoding: 'gzip', bom: 0 });
  assert.deepEqual(detectEncoding(Uint8Array.of(0xef, 0xbb, 0xbf)), { encoding: 'utf8', bom: 3 });
  assert.deepEqual(detectEncoding(Uint8Array.of(0xfe, 0xff, 0)), { encoding: 'utf16be', bom: 2 });
  assert.deepEqual(detectEncoding(Uint8Array.of(0x41, 0x42)), { encoding: 'utf8', bom: 0 });
});
