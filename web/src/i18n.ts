// The page's own words in German and English; the codes' texts come from the catalog.

import type { Language } from '../../src/core/types.js';

export const TEXT = {
  en: {
    searchTitle: 'Look up a code',
    searchLabel: 'Code, number, name or words',
    pasteTitle: 'Scan a log',
    pasteLabel: 'Paste log text; it is scanned here in the browser and sent nowhere.',
    hex: 'Hex',
    signed: 'Signed decimal',
    unsigned: 'Unsigned decimal',
    component: 'Component',
    catalogLabel: 'Catalog',
    twin: 'Twin',
    notes: 'Notes',
    permalink: 'Permalink',
    german: 'German',
    english: 'English',
    bits: 'HRESULT bits',
    facility: 'facility',
    code: 'code',
    unknown: (hex: string) => `No catalog knows ${hex}. Its bits:`,
    noHits: (q: string) => `Nothing found for “${q}”.`,
    hits: (n: number) => (n === 1 ? '1 code' : `${n} codes`),
    scanEmpty: 'No codes in this text.',
    scanTotals: (occ: number, distinct: number, lines: number) => `${occ} occurrences of ${distinct} codes in ${lines} lines`,
    count: 'Count',
    name: 'Name',
    first: 'First line',
    last: 'Last line',
    malformed: (n: number) => `${n} tokens look like codes but are not valid`,
    chartTitle: 'Codes by count',
  },
  de: {
    searchTitle: 'Code nachschlagen',
    searchLabel: 'Code, Zahl, Name oder Wörter',
    pasteTitle: 'Log durchsuchen',
    pasteLabel: 'Logtext einfügen; er wird hier im Browser durchsucht und nirgendwohin gesendet.',
    hex: 'Hex',
    signed: 'Dezimal mit Vorzeichen',
    unsigned: 'Dezimal ohne Vorzeichen',
    component: 'Komponente',
    catalogLabel: 'Katalog',
    twin: 'Zwilling',
    notes: 'Hinweise',
    permalink: 'Permalink',
    german: 'Deutsch',
    english: 'Englisch',
    bits: 'HRESULT-Bits',
    facility: 'Facility',
    code: 'Code',
    unknown: (hex: string) => `Kein Katalog kennt ${hex}. Seine Bits:`,
    noHits: (q: string) => `Nichts gefunden für „${q}“.`,
    hits: (n: number) => (n === 1 ? '1 Code' : `${n} Codes`),
    scanEmpty: 'Keine Codes in diesem Text.',
    scanTotals: (occ: number, distinct: number, lines: number) => `${occ} Vorkommen von ${distinct} Codes in ${lines} Zeilen`,
    count: 'Anzahl',
    name: 'Name',
    first: 'Erste Zeile',
    last: 'Letzte Zeile',
    malformed: (n: number) => `${n} Zeichenfolgen sehen wie Codes aus, sind aber ungültig`,
    chartTitle: 'Codes nach Häufigkeit',
  },
} as const;

/** The page's words in one language. */
export type Texts = (typeof TEXT)[Language];

/** The language the browser prefers, German or English. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const l of languages) {
    if (/^de\b/i.test(l)) return 'de';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'en';
}
