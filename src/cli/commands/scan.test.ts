// Tests for `wuerr scan`: outputs (table, JSON, NDJSON, CSV), stdin, exit codes and messages.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fakeIo } from '../_test/fake-io.js';
import { run } from '../run.js';

const dir = mkdtempSync(join(tmpdir(), 'wuerr-scan-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const LOG = '2024-01-15 09:12:33, Error CBS failed 0x8024402C\nHResult : -2145124322\nagain 0x8024402c, "quoted", 0x8024402\n';
writeFileSync(join(dir, 'a.log'), LOG);
writeFileSync(join(dir, 'b.log'), 'Exit code = 0x8024402C\n');

test('wuerr scan --json prints the summary with exact counts, codes sorted by count', async () => {
  const io = fakeIo({ cwd: dir });
  assert.equal(await run(['scan', '--json', 'a.log', 'b.log'], io), 0, io.err());
  const out = JSON.parse(io.out());
  assert.deepEqual(out.codes.map((c: { code: string; count: number }) => [c.code, c.count]), [['0x8024402C', 3], ['0x8024001E', 1]]);
  assert.deepEqual(out.codes[0].files, ['a.log', 'b.log']);
  assert.deepEqual([out.codes[0].first.line, out.codes[0].first.time, out.codes[0].last.file], [1, '2024-01-15T09:12:33', 'b.log']);
  assert.deepEqual([out.totals.occurrences, out.totals.files, out.totals.lines, out.malformed.count], [4, 2, 4, 1]);
});

test('wuerr scan --ndjson prints one occurrence per line, as written', async () => {
  const io = fakeIo({ cwd: dir });
  assert.equal(await run(['scan', '--ndjson', 'a.log'], io), 0);
  const lines = io.out().trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.filter((l) => l.code).map((l) => [l.file, l.line, l.column, l.text, l.code]), [
    ['a.log', 1, 39, '0x8024402C', '0x8024402C'],
    ['a.log', 2, 11, '-2145124322', '0x8024001E'],
    ['a.log', 3, 7, '0x8024402c', '0x8024402C'],
  ]);
  assert.deepEqual(lines.filter((l) => l.malformed).map((l) => l.text), ['0x8024402']);
});

test('wuerr scan --csv prints RFC 4180 rows per code; --csv --occurrences per occurrence', async () => {
  const io = fakeIo({ cwd: dir, env: { LANG: 'de_DE.UTF-8' } });
  assert.equal(await run(['scan', '--csv', 'a.log'], io), 0);
  const rows = io.out().split('\r\n');
  assert.match(rows[0]!, /^code,count,name,/);
  assert.match(rows[1]!, /^0x8024402C,2,WU_E_PT_WINHTTP_NAME_NOT_RESOLVED,windows-update,/);
  const io2 = fakeIo({ cwd: dir });
  assert.equal(await run(['scan', '--csv', '--occurrences', 'a.log'], io2), 0);
  assert.deepEqual(io2.out().split('\r\n').slice(0, 3), ['file,line,column,text,code,form,time', 'a.log,1,39,0x8024402C,0x8024402C,hex,2024-01-15T09:12:33', 'a.log,2,11,-2145124322,0x8024001E,signed-decimal,']);
});

test('wuerr scan reads standard input with - or when input is piped', async () => {
  for (const argv of [['scan', '-'], ['scan']]) {
    const io = fakeIo({ stdin: new TextEncoder().encode(LOG) });
    assert.equal(await run([...argv, '--json'], io), 0, argv.join(' '));
    assert.equal(JSON.parse(io.out()).totals.occurrences, 3, argv.join(' '));
  }
});

test('wuerr scan prints a table in the chosen language and exits 0 even without codes', async () => {
  const io = fakeIo({ cwd: dir });
  assert.equal(await run(['scan', '--lang', 'de', 'a.log'], io), 0);
  assert.match(io.out(), /0x8024402C {2}WU_E_PT_WINHTTP_NAME_NOT_RESOLVED/);
  assert.match(io.out(), /3 Vorkommen von 2 Code\(s\)/);
  writeFileSync(join(dir, 'empty.log'), 'nothing to see\n');
  const io2 = fakeIo({ cwd: dir });
  assert.equal(await run(['scan', 'empty.log'], io2), 0);
  assert.match(io2.out(), /No codes found/);
});

test('wuerr scan: usage errors exit 2, unreadable files exit 1 and name the file', async () => {
  const cases: [string[], RegExp][] = [
    [['scan', '--json', '--csv', 'a.log'], /one output format/],
    [['scan', '--occurrences', 'a.log'], /--occurrences goes with --csv/],
    [['scan', '--threads', 'many', 'a.log'], /--threads "many"/],
    [['scan', '--lang', 'fr', 'a.log'], /--lang "fr"/],
    [['scan', '-', 'a.log'], /"-" .* only input/],
    [['scan', '--bogus'], /unknown option "--bogus"/],
    [['scan'], /no input given/],
  ];
  for (const [argv, message] of cases) {
    const io = fakeIo({ cwd: dir });
    assert.equal(await run(argv, io), 2, argv.join(' '));
    assert.match(io.err(), message, argv.join(' '));
  }
  const io = fakeIo({ cwd: dir });
  assert.equal(await run(['scan', 'missing.log'], io), 1);
  assert.match(io.err(), /cannot read missing\.log: no such file/);
});

test('wuerr scan --report writes a self-contained HTML report', async () => {
  const io = fakeIo({ cwd: dir });
  assert.equal(await run(['scan', '--report', 'out.html', 'a.log'], io), 0, io.err());
  assert.ok(existsSync(join(dir, 'out.html')));
  assert.match(readFileSync(join(dir, 'out.html'), 'utf8'), /0x8024402C/);
});
