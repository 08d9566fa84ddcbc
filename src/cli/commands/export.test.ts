// `wuerr export`: flags, their validation, and output to standard output or a file.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { getCatalog, getCatalogEntries } from '../../core/catalog.js';
import { run } from '../run.js';
import { fakeIo } from '../_test/fake-io.js';

async function exportWith(argv: readonly string[], cwd?: string) {
  const io = fakeIo(cwd ? { cwd } : {});
  const code = await run(['export', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe('wuerr export', () => {
  it('writes every format for every entry', async () => {
    const cases: [string, (out: string) => number][] = [
      ['json', (out) => (JSON.parse(out) as unknown[]).length],
      ['ndjson', (out) => out.trimEnd().split('\n').length],
      ['csv', (out) => out.split('\r\n').length - 2],
      ['sql', (out) => (out.match(/^\(-?\d+, '0x/gm) ?? []).length],
      ['kql', (out) => (out.match(/^ {4}long\(-?\d+\), '0x/gm) ?? []).length],
    ];
    for (const [format, count] of cases) {
      const { code, out, err } = await exportWith(['--format', format]);
      assert.equal(code, 0, `--format ${format}: ${err}`);
      assert.equal(count(out), getCatalog().length, `--format ${format}: row count`);
    }
  });

  it('limits to one catalog and one language', async () => {
    const { code, out } = await exportWith(['--format', 'json', '--catalog', 'intune', '--lang', 'de']);
    assert.equal(code, 0);
    const rows = JSON.parse(out) as { catalog: string; description: string }[];
    assert.equal(rows.length, getCatalogEntries('intune').length);
    assert.ok(rows.every((r) => r.catalog === 'intune' && typeof r.description === 'string'), 'intune rows with one description');
  });

  it('writes the PostgreSQL dialect, the function form and a BOM when asked', async () => {
    assert.match((await exportWith(['--format', 'sql', '--dialect', 'postgres'])).out, /SET standard_conforming_strings = on;/);
    assert.match((await exportWith(['--format', 'kql', '--kql-form', 'function'])).out, /^\.create-or-alter function/m);
    assert.ok((await exportWith(['--format', 'csv', '--bom'])).out.startsWith('\uFEFFerror_code,'), 'BOM first');
  });

  it('writes to a file with --output, relative to the current directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wuerr-export-'));
    try {
      const { code, out } = await exportWith(['--format', 'ndjson', '-o', 'codes.ndjson'], dir);
      assert.equal(code, 0);
      assert.equal(out, '', 'nothing on stdout');
      assert.equal(readFileSync(join(dir, 'codes.ndjson'), 'utf8').trimEnd().split('\n').length, getCatalog().length);
      const failed = await exportWith(['--format', 'json', '-o', join(dir, 'missing', 'x.json')]);
      assert.equal(failed.code, 1, 'unwritable path');
      assert.match(failed.err, /cannot write/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects bad flags with exit 2 and lists what is accepted', async () => {
    const cases: [readonly string[], RegExp][] = [
      [[], /--format is required; accepted: kql, sql, csv, json, ndjson/],
      [['--format', 'xml'], /--format "xml" is not accepted; accepted: kql, sql, csv, json, ndjson/],
      [['--format', 'sql', '--dialect', 'mysql'], /--dialect "mysql" is not accepted; accepted: sqlite, postgres/],
      [['--format', 'csv', '--catalog', 'wu'], /--catalog "wu" is not accepted; accepted: all, intune, windows-update/],
      [['--format', 'csv', '--lang', 'fr'], /--lang "fr" is not accepted; accepted: de, en/],
      [['--format', 'kql', '--kql-form', 'view'], /--kql-form "view" is not accepted; accepted: let, function, datatable/],
      [['--format', 'json', '--dialect', 'sqlite'], /--dialect applies only to --format sql/],
      [['--format', 'json', '--bom'], /--bom applies only to --format csv/],
      [['--format', 'sql', '--kql-form', 'let'], /--kql-form applies only to --format kql/],
      [['--format'], /--format needs a value/],
      [['--format', 'csv', 'extra'], /unexpected argument "extra"/],
      [['--formatt', 'csv'], /unknown option/],
    ];
    for (const [argv, message] of cases) {
      const { code, out, err } = await exportWith(argv);
      assert.equal(code, 2, `${argv.join(' ')}: exit code`);
      assert.equal(out, '', `${argv.join(' ')}: no output`);
      assert.match(err, message, `${argv.join(' ')}: message`);
    }
  });

  it('prints help', async () => {
    const { code, out } = await exportWith(['--help']);
    assert.equal(code, 0);
    assert.match(out, /--format kql\|sql\|csv\|json\|ndjson/);
  });
});
