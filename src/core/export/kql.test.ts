// The KQL export: every text it writes parses with Microsoft's Kusto parser, and the parsed values are the catalog's.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getCatalog } from '../catalog.js';
import type { CatalogEntry, Language } from '../types.js';
import { expectedRow, hostileEntries, LANG_VARIANTS } from './_test/fixtures.js';
import { describeDiagnostics, parseKql } from './_test/kusto.js';
import { formatKql, formatKqlExample, KQL_FORMS, kqlExampleQuery, kqlString } from './kql.js';
import { exportColumns, selectEntries, EXPORT_CATALOGS } from './rows.js';

function assertParses(text: string, label: string): readonly (string | number)[] {
  const { diagnostics, literals } = parseKql(text);
  assert.equal(diagnostics.length, 0, `${label}: ${describeDiagnostics(text, diagnostics)}`);
  return literals;
}

/** The datatable cells, as the parser read them, regrouped into rows keyed by snake_case column. */
function rowsFromLiterals(literals: readonly (string | number)[], lang: Language | undefined): Record<string, string | number | null>[] {
  const columns = exportColumns(lang === undefined ? {} : { lang });
  assert.equal(literals.length % columns.length, 0, `literal count ${literals.length} is not a multiple of ${columns.length} columns`);
  const rows: Record<string, string | number | null>[] = [];
  for (let i = 0; i < literals.length; i += columns.length) {
    const row: Record<string, string | number | null> = {};
    columns.forEach((c, j) => {
      const value = literals[i + j]!;
      row[c.key] = c.type === 'nullable-text' && value === '' ? null : value;
    });
    rows.push(row);
  }
  return rows;
}

function assertRoundTrip(entries: readonly CatalogEntry[], lang: Language | undefined, label: string): void {
  for (const form of ['let', 'datatable', 'function'] as const) {
    const text = formatKql(entries, { form, ...(lang ? { lang } : {}) });
    const literals = assertParses(text, `${label} form=${form} lang=${lang ?? 'both'}`);
    // The function form carries folder and docstring literals before the table.
    const cells = form === 'function' ? literals.slice(2) : literals;
    const rows = rowsFromLiterals(cells, lang);
    assert.equal(rows.length, entries.length, `${label} form=${form}: row count`);
    entries.forEach((entry, i) => assert.deepEqual(rows[i], expectedRow(entry, lang), `${label} form=${form} lang=${lang ?? 'both'}: ${entry.name}`));
  }
}

describe('the Kusto parser used by these tests', () => {
  it('reports errors on broken KQL, so a clean result means something', () => {
    for (const broken of [
      "let T = datatable(a:long b:string)[1, 'x'];\nT",
      "let T = datatable(a:string)['unclosed];\nT",
      "let T = datatable(a:string)['it's'];\nT",
      ".create-or-alter function F() { datatable(a:long)[1,, }",
    ]) {
      assert.ok(parseKql(broken).diagnostics.length > 0, `no diagnostics for ${JSON.stringify(broken)}`);
    }
  });
});

describe('kqlString', () => {
  const cases: [string, string][] = [
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['C:\\Windows', "'C:\\\\Windows'"],
    ['a\nb\r\tc', "'a\\nb\\r\\tc'"],
    ['ä * „x“', "'ä * „x“'"],
    ['\u0001', "'\\u0001'"],
  ];
  for (const [input, expected] of cases) it(`quotes ${JSON.stringify(input)}`, () => assert.equal(kqlString(input), expected, JSON.stringify(input)));
});

describe('formatKql', () => {
  for (const catalog of EXPORT_CATALOGS) {
    for (const lang of LANG_VARIANTS) {
      it(`catalog ${catalog}, lang ${lang ?? 'both'}: parses cleanly in every form and reads back as the catalog`, () => {
        assertRoundTrip(selectEntries(catalog), lang, `catalog ${catalog}`);
      });
    }
  }

  it('quotes hostile text (quotes, backslashes, asterisks, umlauts, line breaks) so it reads back unchanged', () => {
    for (const lang of LANG_VARIANTS) assertRoundTrip(hostileEntries(), lang, 'hostile');
  });

  it('writes the code as a signed long and names the table WuerrCodes', () => {
    const entry = getCatalog().find((e) => e.code === '0x8024001E');
    assert.ok(entry, '0x8024001E is in the catalog');
    const text = formatKql([entry], { form: 'let' });
    assert.match(text, /long\(-2145124322\), '0x8024001E'/);
    assert.match(text, /^let WuerrCodes = datatable\(ErrorCode:long, Hex:string/m);
    assert.match(text, /\nWuerrCodes\n$/);
    assert.match(formatKql([entry], { form: 'function' }), /^\.create-or-alter function .* WuerrCodes\(\)$/m);
  });

  it('writes an empty table that still parses', () => {
    for (const form of KQL_FORMS) assertParses(formatKql([], { form }), `empty, form=${form}`);
  });

  it('refuses a name that is not a KQL identifier', () => {
    assert.throws(() => formatKql([], { name: 'bad name' }), /must match/);
  });
});

describe('the example query', () => {
  for (const lang of LANG_VARIANTS) {
    it(`parses with the whole catalog in front of it (lang ${lang ?? 'both'})`, () => {
      const options = lang ? { lang } : {};
      assertParses(formatKqlExample(getCatalog(), options), `example lang=${lang ?? 'both'}`);
      assertParses(kqlExampleQuery(options), `query alone lang=${lang ?? 'both'}`);
    });
  }
});
