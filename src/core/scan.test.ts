// Tests for the scan engine: every written form, the traps, chunk boundaries, hostile input, and line times.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createScanner, mergeSummaries, parseLineTime, scanBytes, scanText } from './scan.js';
import type { Occurrence, ScanSummary } from './scan-types.js';

/** The codes found in a text, as `code×count` strings, sorted. */
function found(text: string): string[] {
  return scanText(text).codes.map((c) => `${c.code}×${c.count}`).sort();
}

const FORMS: readonly [string, string][] = [
  ['Exit code = 0x8024402C', '0x8024402C'],
  ['failed 0X8024402C', '0x8024402C'],
  ['#define WU_X 0x8024402CL', '0x8024402C'],
  ['Access is denied.(0x80070005)', '0x80070005'],
  ['*FAILED* [0x80240438]', '0x80240438'],
  ['hr=0x80240438', '0x80240438'],
  ['Finalize(hr:0x800f081f)', '0x800F081F'],
  ['hr = 8024000C', '0x8024000C'],
  ['HRESULT=80070307', '0x80070307'],
  ['resultMapped=80070643', '0x80070643'],
  ['*FAILED* [80248014] Synchronize', '0x80248014'],
  ['HResult : -2145124322', '0x8024001E'],
  ['errorlevel: -2145124329', '0x80240017'],
  ['Error -2016281112', '0x87D1FDE8'],
  ['installation failed with error code -2145124318', '0x80240022'],
  ['the error code was 2149842967', '0x80240017'],
  ['WU_E_PT_ECP_SUCCEEDED_WITH_ERRORS', '0x8024402F'],
  ['state OM_E_PT_HTTP_STATUS_DENIED.', '0x80CF4017'],
];

for (const [text, code] of FORMS) {
  test(`scanText finds ${code} in ${JSON.stringify(text)}`, () => {
    assert.deepEqual(found(text), [`${code}×1`], text);
  });
}

test('scanText reports the token as written, with line and column', () => {
  const seen: Occurrence[] = [];
  scanText('first line\r\n  hr=0x8024402cL here', { file: 'a.log', onOccurrence: (o) => seen.push(o) });
  assert.deepEqual(seen, [{ value: 0x8024402c, code: '0x8024402C', file: 'a.log', line: 2, column: 6, text: '0x8024402cL', form: 'hex' }]);
});

test('scanText counts Result = 0x…[gle=0x…] as two tokens', () => {
  assert.deepEqual(found('Result = 0x80070002[gle=0x80070003]'), ['0x80070002×1', '0x80070003×1']);
});

test('a name right next to its own number is one mention', () => {
  assert.deepEqual(found('0x80240022 WU_E_ALL_UPDATES_FAILED'), ['0x80240022×1']);
  assert.deepEqual(found('0x80240022 then later WU_E_ALL_UPDATES_FAILED'), ['0x80240022×2']);
});

const TRAPS: readonly string[] = [
  '{8E123A33-E3D3-52F4-D9B3-02A90AF25D1C}',
  'id 80248014-AAAA-4BBB-8CCC-0123456789AB',
  'hash 3f2a9c0d1e5b7a8c9d0e1f2a3b4c5d6e7f8a9b0c',
  'C:\\Windows\\SoftwareDistribution\\Download\\b1946ac92492d2347c6235b4d2611184\\x.cab',
  'C:\\Temp\\80070643\\x.cab',
  'KB5034441 KB2267602',
  'version 10.0.19041.3803 and 1.80070643.0',
  '2024-01-15 09:12:33.4567890 thread 1a2c pid 1200',
  'error at line 1047, column 80',
  'flags 0x32 code=0x020109 result 0 0x00000000 error 0x00000005',
  'error 0x000000008024402C',
  'Session: 31086572_3791423861',
  'value 80070643abc and x80070643',
  'error: deadbeef', // fine as a word: bare hex needs the failure bit AND context... this has both, see below
];

for (const text of TRAPS.slice(0, -1)) {
  test(`scanText reports nothing in the trap ${JSON.stringify(text)}`, () => {
    const s = scanText(text);
    assert.deepEqual(s.codes.map((c) => c.code), [], text);
    assert.equal(s.malformed.count, 0, text);
  });
}

test('a bare 8-digit hex word with the failure bit counts only with error words around it', () => {
  assert.deepEqual(found('error: deadbeef'), ['0xDEADBEEF×1']);
  assert.deepEqual(found('colour deadbeef'), []);
  assert.deepEqual(found('Error -1047527167'), ['0xC1900101×1']);
  assert.deepEqual(found('offset -1047527167'), []);
});

test('7 and 9 hex digits after 0x are malformed, never truncated or padded', () => {
  const s = scanText('a 0x8024402 b 0x8024402C1 c 0x80240022');
  assert.deepEqual(s.codes.map((c) => c.code), ['0x80240022']);
  assert.equal(s.malformed.count, 2);
  assert.deepEqual(s.malformed.examples.map((m) => m.text), ['0x8024402', '0x8024402C1']);
});

test('line times: WindowsUpdate.log, Get-WindowsUpdateLog, CBS, ReportingEvents, CMTrace, ISO', () => {
  const cases: [string, string | undefined][] = [
    ['2024-01-15\t09:12:33:456\t 1200\t1a2c\tAgent', '2024-01-15T09:12:33.456'],
    ['2024/01/15 09:12:33.4567890 1200  6784  ComApi', '2024-01-15T09:12:33.456'],
    ['2024-01-15 09:43:17, Error                 CBS    Failed', '2024-01-15T09:43:17'],
    ['{9A5B3C2D-1E0F-4A8B-9C7D-6E5F4A3B2C1D}\t2024-01-15 09:12:35:125-0800\t1', '2024-01-15T09:12:35.125'],
    ['<![LOG[x]LOG]!><time="09:14:02.1230000" date="1-15-2024" component="A"', '2024-01-15T09:14:02.123'],
    ['PC-1,Failed,-2016281112,2024-01-15T09:12:33Z', '2024-01-15T09:12:33'],
    ['no time here 12:00', undefined],
    ['2024-13-45 25:61:00 not a time', undefined],
  ];
  for (const [line, want] of cases) assert.equal(parseLineTime(line), want, line);
});

const SAMPLE = [
  '2024-01-15\t09:12:33:456\t 1200\t1a2c\tAgent\t  * WARNING: Exit code = 0x8024402C',
  '2024/01/15 09:12:35.1234567 1200  6784  SLS  *FAILED* [80248014] GetSLSCacheFilePath {8E123A33-E3D3-52F4-D9B3-02A90AF25D1C}',
  '<![LOG[Failed, error code = -2016281112]LOG]!><time="09:14:02.1230000" date="1-15-2024" component="x">',
  'Grüße: WU_E_ALL_UPDATES_FAILED und 0x80070005 – bad 0x8024402 · HResult : -2145124322',
  '',
].join('\r\n');

function occurrences(parts: readonly (string | Uint8Array)[]): { list: Occurrence[]; summary: ScanSummary } {
  const list: Occurrence[] = [];
  const scanner = createScanner({ onOccurrence: (o) => list.push(o) });
  for (const p of parts) scanner.push(p);
  return { list, summary: scanner.end() };
}

test('a split anywhere (string pieces) finds every code exactly once', () => {
  const whole = occurrences([SAMPLE]);
  assert.equal(whole.summary.totals.occurrences, 6, 'occurrences in the sample');
  assert.equal(whole.summary.malformed.count, 1, 'malformed tokens in the sample');
  fc.assert(
    fc.property(fc.array(fc.nat(SAMPLE.length), { maxLength: 6 }), (cuts) => {
      const points = [...new Set(cuts)].sort((a, b) => a - b);
      const parts: string[] = [];
      let at = 0;
      for (const p of points) {
        parts.push(SAMPLE.slice(at, p));
        at = p;
      }
      parts.push(SAMPLE.slice(at));
      assert.deepEqual(occurrences(parts).list, whole.list, `cuts ${points.join(',')}`);
    }),
  );
});

test('a split at every byte position (UTF-8 bytes, also inside ü and –) finds the same occurrences', () => {
  const bytes = new TextEncoder().encode(SAMPLE);
  const whole = occurrences([bytes]);
  for (let p = 0; p <= bytes.length; p++) {
    assert.deepEqual(occurrences([bytes.subarray(0, p), bytes.subarray(p)]).list, whole.list, `split at byte ${p}`);
  }
});

test('pushLatin1 (bytes as latin1) gives the same columns as text', () => {
  const bytes = new TextEncoder().encode(SAMPLE);
  let latin1 = '';
  for (const b of bytes) latin1 += String.fromCharCode(b);
  const list: Occurrence[] = [];
  const scanner = createScanner({ onOccurrence: (o) => list.push(o) });
  scanner.pushLatin1(latin1.slice(0, 200));
  scanner.pushLatin1(latin1.slice(200));
  scanner.end();
  assert.deepEqual(list, occurrences([SAMPLE]).list);
});

test('random bytes never throw, and any text gives a consistent summary', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const s = scanBytes(bytes);
      assert.equal(s.codes.reduce((a, c) => a + c.count, 0), s.totals.occurrences);
    }),
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
      const s = scanText(text);
      assert.equal(s.totals.distinctCodes, s.codes.length);
    }),
  );
});

test('a line longer than the held limit is scanned in parts and its codes still found once', () => {
  const filler = 'word '.repeat(200_000); // 1 MB without a newline
  const text = `Error 0x8024402C ${filler} then 0x80240022 ${filler} end -2145124318 error\nnext 0x80070005\n`;
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += 65536) pieces.push(text.slice(i, i + 65536));
  const { list, summary } = occurrences(pieces);
  assert.deepEqual(list.map((o) => `${o.code}@${o.line}:${o.column}`), [`0x8024402C@1:7`, `0x80240022@1:${filler.length + 24}`, `0x80240022@1:${2 * filler.length + 40}`, '0x80070005@2:6']);
  assert.equal(summary.totals.lines, 2);
});

/** Time for scanning a text in 1 MB pieces, best of 3, in ms. */
function timeScan(text: string): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    const scanner = createScanner();
    for (let i = 0; i < text.length; i += 1 << 20) scanner.pushLatin1(text.slice(i, i + (1 << 20)));
    scanner.end();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

test('hostile input (0x0x0x…, one long hex line, random bytes) scans in time linear in its size', () => {
  const mb = 2 * 1024 * 1024;
  const normalLine = '2024-01-15 09:43:17, Error   CBS    Failed [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED] KB5034441 {8E123A33-E3D3-52F4-D9B3-02A90AF25D1C}\n';
  const normal = normalLine.repeat(Math.ceil(mb / normalLine.length)).slice(0, mb);
  let random = '';
  let seed = 7;
  for (let i = 0; i < mb; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    random += String.fromCharCode(seed >>> 24);
  }
  const hostile = { '0x0x0x…': '0x'.repeat(mb / 2), 'one hex line': '0123456789abcdef'.repeat(mb / 16), 'random bytes': random, 'hex tokens': '0x80070005 '.repeat(mb / 11) };
  const base = timeScan(normal);
  for (const [label, text] of Object.entries(hostile)) {
    const t = timeScan(text);
    // Generous bound: the point is no blow-up (a quadratic scan would take seconds, not milliseconds).
    assert.ok(t < Math.max(10 * base, 200), `${label}: ${t.toFixed(1)} ms for 2 MB vs ${base.toFixed(1)} ms for a normal log`);
  }
});

test('mergeSummaries adds counts, keeps first and last in input order, and shifts lines of later parts', () => {
  const a = scanText('0x80240022\n0x80070005\n', { file: 'a.log' });
  const b = scanText('x\n0x80240022\n', { file: 'a.log' });
  const m = mergeSummaries([{ summary: a }, { summary: b, lineOffset: a.totals.lines, continues: true }]);
  const c = m.codes.find((x) => x.code === '0x80240022');
  assert.deepEqual([c?.count, c?.first.line, c?.last.line, m.totals.files, m.totals.lines], [2, 1, 4, 1, 4]);
});
