// The SQL export loads into a real SQLite (sql.js) and every row reads back unchanged.

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import type { CatalogEntry, Language } from '../types.js';
import { assertSameRows, hostileEntries, LANG_VARIANTS } from './_test/fixtures.js';
import { EXPORT_CATALOGS, selectEntries } from './rows.js';
import { formatSql, sqlString } from './sql.js';

let SQL: SqlJsStatic;

before(async () => {
  SQL = await initSqlJs();
});

/** Runs the script in a fresh in-memory SQLite and returns every row of wuerr_codes. */
function loadIntoSqlite(script: string): Record<string, string | number | null>[] {
  const db = new SQL.Database();
  try {
    db.exec(script);
    const result = db.exec('SELECT * FROM wuerr_codes');
    if (result.length === 0) return [];
    const { columns, values } = result[0]!;
    return values.map((record) => Object.fromEntries(columns.map((c, i) => [c, record[i] as string | number | null])));
  } finally {
    db.close();
  }
}

function assertRoundTrip(entries: readonly CatalogEntry[], lang: Language | undefined, label: string): void {
  const rows = loadIntoSqlite(formatSql(entries, { dialect: 'sqlite', ...(lang ? { lang } : {}) }));
  assertSameRows(rows, entries, lang, label);
}

describe('sqlString', () => {
  const cases: [string, string][] = [
    ['plain', "'plain'"],
    ["it's", "'it''s'"],
    ['C:\\Windows\\', "'C:\\Windows\\'"],
    ['ä * "x"', `'ä * "x"'`],
  ];
  for (const [input, expected] of cases) it(`quotes ${JSON.stringify(input)}`, () => assert.equal(sqlString(input), expected, JSON.stringify(input)));
  it('refuses NUL, which PostgreSQL text cannot hold', () => assert.throws(() => sqlString('a\u0000b'), /NUL/));
});

describe('formatSql in SQLite', () => {
  for (const catalog of EXPORT_CATALOGS) {
    for (const lang of LANG_VARIANTS) {
      it(`catalog ${catalog}, lang ${lang ?? 'both'}: loads and reads back as the catalog`, () => assertRoundTrip(selectEntries(catalog), lang, catalog));
    }
  }

  it('round-trips hostile text (quotes, backslashes, comment markers, line breaks)', () => {
    for (const lang of LANG_VARIANTS) assertRoundTrip(hostileEntries(), lang, 'hostile');
  });

  it('can be loaded twice (drops the old table) and keeps codes unique', () => {
    const script = formatSql(selectEntries('intune'));
    const db = new SQL.Database();
    try {
      db.exec(script);
      db.exec(script);
      const [count] = db.exec('SELECT count(*), count(DISTINCT hex) FROM wuerr_codes');
      assert.deepEqual(count?.values[0], [209, 209]);
      assert.throws(() => db.exec("INSERT INTO wuerr_codes SELECT * FROM wuerr_codes LIMIT 1"), /UNIQUE|PRIMARY/i);
    } finally {
      db.close();
    }
  });

  it('splits long inserts into batches', () => {
    const script = formatSql(selectEntries('all'), { batch: 50 });
    assert.equal(script.match(/^INSERT INTO/gm)?.length, Math.ceil(selectEntries('all').length / 50));
  });
});
