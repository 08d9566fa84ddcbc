// Test helpers for the exports: entries with hostile text, and the row each entry must come back as.

import { formatHex } from '../../hresult.js';
import type { CatalogEntry, Language } from '../../types.js';

/** Text that breaks naive quoting in one engine or another. */
export const HOSTILE_TEXTS: readonly string[] = [
  `it's "quoted" and 'single' „German“ quotes`,
  'C:\\Windows\\SoftwareDistribution\\ and a trailing backslash \\',
  'asterisks * and /* comment */ and -- dash comment and // slash comment',
  'umlauts äöüÄÖÜß, emoji 🚀, accents é, CJK 漢字',
  'line one\nline two\r\nline three\rend',
  'tab\there, comma, semicolon; pipe | dollar $$ body $$ percent % brace {0} at @x',
  "'; DROP TABLE wuerr_codes; --",
  ' leading and trailing spaces ',
  '"',
  "\\'",
  '=1+2 looks like a formula',
  '',
];

/** Synthetic entries carrying each hostile text in every text column the exports write. */
export function hostileEntries(): readonly CatalogEntry[] {
  return HOSTILE_TEXTS.map((text, i): CatalogEntry => {
    const value = (0x80ee0000 + i) >>> 0;
    return {
      value,
      code: formatHex(value),
      name: `XX_E_${i}_${text.replace(/[^A-Za-z]/g, '').slice(0, 8)}'*\\`,
      catalog: i % 2 ? 'intune' : 'windows-update',
      severity: 'error',
      facility: { number: 0xee, hex: '0x0EE', name: 'test' },
      component: 'core',
      description: { de: `DE ${text}`, en: text },
      descriptionSource: { de: 'wuerr', en: 'wuerr' },
      ...(i % 3 === 0 ? {} : { twin: { code: formatHex(value + 1), name: `TWIN_${text}` } }),
    };
  });
}

/** A row as it should come back from any engine, built straight from the entry (independent of rows.ts). */
export function expectedRow(entry: CatalogEntry, lang?: Language): Record<string, string | number | null> {
  const row: Record<string, string | number | null> = {
    error_code: entry.value | 0,
    hex: entry.code,
    name: entry.name,
    catalog: entry.catalog,
    component: entry.component,
  };
  if (lang === undefined) {
    row['description_de'] = entry.description.de;
    row['description_en'] = entry.description.en;
  } else row['description'] = entry.description[lang];
  row['twin_hex'] = entry.twin?.code ?? null;
  row['twin_name'] = entry.twin?.name ?? null;
  return row;
}

/** The language variants every format is tested in. */
export const LANG_VARIANTS: readonly (Language | undefined)[] = [undefined, 'de', 'en'];

/** Asserts that rows read back from an engine (in any order) are exactly the entries, matched by hex code. */
export function assertSameRows(rows: readonly Record<string, unknown>[], entries: readonly CatalogEntry[], lang: Language | undefined, label: string): void {
  const byHex = new Map(rows.map((row) => [row['hex'], row]));
  if (rows.length !== entries.length || byHex.size !== rows.length) {
    throw new Error(`${label}: ${rows.length} rows (${byHex.size} distinct hex codes) for ${entries.length} entries`);
  }
  for (const entry of entries) {
    const row = byHex.get(entry.code);
    const expected = expectedRow(entry, lang);
    if (row === undefined) throw new Error(`${label}: ${entry.code} ${entry.name} is missing`);
    for (const [key, value] of Object.entries(expected)) {
      if (row[key] !== value) throw new Error(`${label} lang=${lang ?? 'both'}: ${entry.name} ${key} is ${JSON.stringify(row[key])}, expected ${JSON.stringify(value)}`);
    }
    const extra = Object.keys(row).filter((k) => !(k in expected));
    if (extra.length) throw new Error(`${label}: ${entry.name} has unexpected columns ${extra.join(', ')}`);
  }
}
