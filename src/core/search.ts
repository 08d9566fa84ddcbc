// Search: find catalog entries by words in German or English, tolerant of prefixes, typos and umlaut spellings.

import MiniSearch, { type SearchOptions as _IndexSearchOptions } from 'minisearch';
import { getCatalog } from './catalog.js';
import { lookup, type Match } from './lookup.js';
import type { CatalogEntry, Language } from './types.js';

/** How to search. */
export interface SearchOptions {
  /** Prefer text in this language; entries are still found through the other language. */
  readonly lang?: Language;
  /** How many hits at most: 1 to 100, default 10. Out-of-range values are clamped. */
  readonly limit?: number;
}

/** A search result: the entry as lookup returns it, plus its relevance (higher is better). */
export interface SearchHit extends Match {
  readonly score: number;
}

/** Default and largest number of hits. */
export const SEARCH_LIMITS = { default: 10, max: 100 } as const;

/** Longest query read, and most words used from it: longer input is cut, never rejected. */
const _MAX_QUERY_CHARS = 500;
const _MAX_QUERY_TERMS = 24;

/** Words too common to tell entries apart, in both languages. `not` and `nicht` stay: they carry meaning here. */
const _STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'and', 'or', 'is', 'are', 'was', 'be', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'it', 'this', 'that',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'ist', 'sind', 'wird', 'wurde', 'zu', 'im', 'am', 'auf', 'fur', 'fuer', 'mit', 'von', 'vom', 'zum', 'zur', 'bei', 'es', 'sich',
]);

type _Field = 'name' | 'code' | 'de' | 'en';
const _FIELDS: readonly _Field[] = ['name', 'code', 'de', 'en'];

/** Splits text into runs of letters and digits; `_`, punctuation and spaces all separate words. */
function _tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== '');
}

/** Lower-cases and spells umlauts and ß the way a German keyboard-less user would: ä → ae, ß → ss; other accents are dropped. */
function _foldToAe(term: string): string {
  return _stripAccents(term.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'));
}

/** The same with umlauts reduced to their base letter: ä → a. */
function _foldToBase(term: string): string {
  return _stripAccents(term.toLowerCase().replace(/ß/g, 'ss'));
}

function _stripAccents(term: string): string {
  return term.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Most words are plain ASCII: they only need lower-casing. */
const _NON_ASCII = /[^\x00-\x7f]/;

/** Whether a term is worth indexing or searching: not a stop word, not a lone letter. */
function _keep(term: string): boolean {
  return !_STOP_WORDS.has(term) && (term.length > 1 || /[0-9]/.test(term));
}

/**
 * Index-side term processing: both spellings of an umlaut word are indexed, so `Gerät`, `Geraet` and `Gerat` all find it.
 * @example _indexTerm('Gerät') //=> ['geraet', 'gerat']
 */
function _indexTerm(term: string): string | string[] | null {
  if (!_NON_ASCII.test(term)) {
    const lower = term.toLowerCase();
    return _keep(lower) ? lower : null;
  }
  const ae = _foldToAe(term);
  if (!_keep(ae)) return null;
  const base = _foldToBase(term);
  return base === ae ? [ae] : [ae, base];
}

/** Query-side term processing: one spelling per word (the `ae` one), which the index holds for every umlaut word. */
function _queryTerm(term: string): string | null {
  const ae = _foldToAe(term);
  return _keep(ae) ? ae : null;
}

/** The text of one field of an entry, as the index sees it. */
function _fieldText(entry: CatalogEntry, field: string): string {
  switch (field as _Field) {
    case 'name':
      return [entry.name, ...(entry.aliases?.names ?? [])].join(' ');
    case 'code':
      return `${entry.code} ${entry.code.slice(2)}`;
    case 'de':
      return [entry.description.de, ...(entry.notes ?? []).map((n) => n.de)].join('\n');
    case 'en':
      return [entry.description.en, ...(entry.notes ?? []).map((n) => n.en)].join('\n');
    default:
      return '';
  }
}

interface _Doc {
  readonly id: number;
  readonly entry: CatalogEntry;
}

interface _SearchIndex {
  readonly index: MiniSearch<_Doc>;
  readonly entries: readonly CatalogEntry[];
}

let _built: _SearchIndex | undefined;

/** Builds the full-text index over both catalogs. Called on the first search only, so lookups never pay for it. */
function _buildIndex(): _SearchIndex {
  const entries = getCatalog();
  const index = new MiniSearch<_Doc>({
    fields: [..._FIELDS],
    extractField: (doc, field) => (field === 'id' ? doc.id : _fieldText(doc.entry, field)),
    tokenize: _tokenize,
    processTerm: _indexTerm,
    searchOptions: { tokenize: _tokenize, processTerm: _queryTerm },
  });
  index.addAll(entries.map((entry, id) => ({ id, entry })));
  return { index, entries };
}

/**
 * Builds the search index now instead of on the first search (for servers and benchmarks).
 * @returns the number of entries indexed
 */
export function prepareSearchIndex(): number {
  return (_built ??= _buildIndex()).entries.length;
}

/** How many typos a query word may carry: none in numbers or words under 4 letters, one up to 7 letters, two from 8. */
function _typoDistance(term: string): number | false {
  if (term.length < 4 || /[0-9]/.test(term)) return false;
  return term.length < 8 ? 1 : 2;
}

/** How the words of a query are matched: prefixes from two letters, typos as `_typoDistance` allows, names weigh most. */
function _indexOptions(lang: Language | undefined): _IndexSearchOptions {
  return {
    boost: { name: 3, code: 2, de: lang === 'de' ? 2 : 1, en: lang === 'en' ? 2 : 1 },
    prefix: (term) => term.length >= 2,
    fuzzy: _typoDistance,
    combineWith: 'OR',
  };
}

function _clampLimit(limit: number | undefined): number {
  if (typeof limit !== 'number' || Number.isNaN(limit)) return SEARCH_LIMITS.default;
  return Math.min(SEARCH_LIMITS.max, Math.max(1, Math.floor(limit)));
}

/** The query cut to a size the index answers quickly: at most 500 characters and 24 words. */
function _trimQuery(query: string): string {
  return _tokenize(query.slice(0, _MAX_QUERY_CHARS)).slice(0, _MAX_QUERY_TERMS).join(' ');
}

function _round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * Finds catalog entries by words: names (split at `_`), codes, German and English descriptions and notes.
 * Prefixes (`proxi`), typos (`download faild`) and umlauts written either way (`Gerät`, `Geraet`) all match.
 * A query that is itself a code or a name (`0x80cf4017`, `OM_E_NO_SERVICE`) puts that entry first, found as lookup finds it.
 * Never throws; an empty query finds nothing.
 * @param query words in German or English, or a code or name
 * @param options `lang` prefers that language's text; `limit` caps the hits (1–100, default 10)
 * @returns the hits, best first; each is a lookup match (`matchedBy: 'search'` unless found as a code or name) with a `score`
 * @example searchCatalog('proxy auth')[0]?.name //=> 'OM_E_PT_HTTP_STATUS_PROXY_AUTH_REQ'
 */
export function searchCatalog(query: string, options: SearchOptions = {}): readonly SearchHit[] {
  if (typeof query !== 'string' || query.trim() === '') return [];
  const limit = _clampLimit(options?.limit);
  const lang = options?.lang === 'de' || options?.lang === 'en' ? options.lang : undefined;

  const exact = query.length <= _MAX_QUERY_CHARS ? lookup(query.trim()).matches : [];
  const text = _trimQuery(query);
  const { index, entries } = (_built ??= _buildIndex());
  const found = text === '' ? [] : index.search(text, _indexOptions(lang));

  // Exact code or name hits score above every text hit, so "best first" and "highest score first" agree.
  const top = found[0]?.score ?? 0;
  const hits: SearchHit[] = exact.map((m, i) => ({ ...m, score: _round(Math.max(top, 1) * 2 + exact.length - i) }));
  const seen = new Set<string>(exact.map((m) => `${m.catalog}:${m.code}`));
  for (const result of found) {
    if (hits.length >= limit) break;
    const entry = entries[result.id as number];
    if (entry === undefined || seen.has(`${entry.catalog}:${entry.code}`)) continue;
    seen.add(`${entry.catalog}:${entry.code}`);
    hits.push({ ...entry, matchedBy: 'search', score: _round(result.score) });
  }
  return hits.slice(0, limit);
}
