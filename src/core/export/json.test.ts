// The JSON and NDJSON exports read back as the catalog.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CatalogEntry, Language } from '../types.js';
import { expectedRow, hostileEntries, LANG_VARIANTS } from './_test/fixtures.js';
import { formatJson, formatNdjson } from './json.js';
import { EXPORT_CATALOGS, selectEntries } from './rows.js';

function assertRows(rows: unknown[], entries: readonly CatalogEntry[], lang: Language | undefined, label: string): void {
  assert.equal(rows.length, entries.length, `${label}: row count`);
  entries.forEach((entry, i) => assert.deepEqual(rows[i], expectedRow(entry, lang), `${label} lang=${lang ?? 'both'}: ${entry.name}`));
}

function readNdjson(text: string): unknown[] {
  assert.ok(text === '' || text.endsWith('\n'), 'NDJSON ends with a newline');
  return text
    .split('\n')
    .slice(0, -1)
    .map((line, i) => {
      assert.ok(line.length > 0, `line ${i + 1} is empty`);
      return JSON.parse(line) as unknown;
    });
}

describe('formatJson and formatNdjson', () => {
  for (const catalog of EXPORT_CATALOGS) {
    for (const lang of LANG_VARIANTS) {
      it(`catalog ${catalog}, lang ${lang ?? 'both'}: both read back as the catalog`, () => {
        const entries = selectEntries(catalog);
        const options = lang ? { lang } : {};
        assertRows(JSON.parse(formatJson(entries, options)) as unknown[], entries, lang, `json ${catalog}`);
        assertRows(readNdjson(formatNdjson(entries, options)), entries, lang, `ndjson ${catalog}`);
      });
    }
  }

  it('round-trip hostile text, line breaks staying inside one NDJSON line', () => {
    const entries = hostileEntries();
    for (const lang of LANG_VARIANTS) {
      const options = lang ? { lang } : {};
      assertRows(JSON.parse(formatJson(entries, options)) as unknown[], entries, lang, 'json hostile');
      assertRows(readNdjson(formatNdjson(entries, options)), entries, lang, 'ndjson hostile');
    }
  });

  it('write nothing but an empty array for no entries', () => {
    assert.equal(formatJson([]), '[]\n');
    assert.equal(formatNdjson([]), '');
  });
});
