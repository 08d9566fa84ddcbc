// The CSV writer and reader: RFC 4180 quoting, CRLF, the BOM, and a lossless round trip of the catalog.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { CatalogEntry, Language } from '../types.js';
import { expectedRow, hostileEntries, LANG_VARIANTS } from './_test/fixtures.js';
import { csvField, csvRecord, formatCsv, parseCsv, toCsvDocument, UTF8_BOM } from './csv.js';
import { EXPORT_CATALOGS, exportColumns, selectEntries } from './rows.js';

/** Reads an exported CSV back into rows typed like the export (numbers for error_code, null for an empty twin). */
function readBack(text: string, lang: Language | undefined): Record<string, string | number | null>[] {
  const parsed = parseCsv(text);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  const [header, ...records] = parsed.records;
  const columns = exportColumns(lang === undefined ? {} : { lang });
  assert.deepEqual(header, columns.map((c) => c.key), 'header record');
  return records.map((record, r) => {
    assert.equal(record.length, columns.length, `record ${r + 1} has ${record.length} fields`);
    const row: Record<string, string | number | null> = {};
    columns.forEach((c, i) => {
      const field = record[i]!;
      row[c.key] = c.type === 'integer' ? Number(field) : c.type === 'nullable-text' && field === '' ? null : field;
    });
    return row;
  });
}

function assertRoundTrip(entries: readonly CatalogEntry[], lang: Language | undefined, label: string): void {
  const text = formatCsv(entries, lang ? { lang } : {});
  const rows = readBack(text, lang);
  assert.equal(rows.length, entries.length, `${label}: row count`);
  entries.forEach((entry, i) => assert.deepEqual(rows[i], expectedRow(entry, lang), `${label} lang=${lang ?? 'both'}: ${entry.name}`));
}

describe('csvField and csvRecord', () => {
  const cases: [string | number | null, string][] = [
    ['plain', 'plain'],
    [42, '42'],
    [-2145124322, '-2145124322'],
    [null, ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['lf\nonly', '"lf\nonly"'],
    ['ä*\\', 'ä*\\'],
  ];
  for (const [input, expected] of cases) it(`writes ${JSON.stringify(input)}`, () => assert.equal(csvField(input), expected, JSON.stringify(input)));

  it('ends every record with CRLF', () => assert.equal(csvRecord(['a', null, 1]), 'a,,1\r\n'));
});

describe('parseCsv', () => {
  it('reads back any table of strings the writer wrote', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (table) => {
        // A single empty field is the one record RFC 4180 cannot tell from an empty line; the writer never emits that as a data row.
        fc.pre(table.every((r) => !(r.length === 1 && r[0] === '')));
        const [header, ...rows] = table;
        const parsed = parseCsv(toCsvDocument(header!, rows));
        assert.ok(parsed.ok);
        assert.deepEqual(parsed.records, table);
      }),
    );
  });

  it('rejects text that is not CSV, naming the place', () => {
    for (const bad of ['"open', 'a"b', '"closed"x']) {
      const parsed = parseCsv(bad);
      assert.equal(parsed.ok, false, `accepted ${JSON.stringify(bad)}`);
    }
  });

  it('skips a leading BOM', () => {
    assert.deepEqual(parseCsv(UTF8_BOM + 'a,b\r\n'), { ok: true, records: [['a', 'b']] });
  });
});

describe('formatCsv', () => {
  for (const catalog of EXPORT_CATALOGS) {
    for (const lang of LANG_VARIANTS) {
      it(`catalog ${catalog}, lang ${lang ?? 'both'}: reads back as the catalog`, () => assertRoundTrip(selectEntries(catalog), lang, catalog));
    }
  }

  it('round-trips hostile text', () => {
    for (const lang of LANG_VARIANTS) assertRoundTrip(hostileEntries(), lang, 'hostile');
  });

  it('uses CRLF between records and starts with a BOM only when asked', () => {
    const entries = selectEntries('intune');
    const plain = formatCsv(entries);
    assert.ok(!plain.startsWith(UTF8_BOM), 'no BOM by default');
    assert.equal(plain.split('\r\n').length, entries.length + 2, 'one CRLF per record');
    assert.ok(!/[^\r]\n/.test(plain), 'no bare LF in the catalog CSV');
    const withBom = formatCsv(entries, { bom: true });
    assert.ok(withBom.startsWith(UTF8_BOM + 'error_code,'), 'BOM, then the header');
  });
});
