// Lookup: an input goes in; the matching catalog entries (Intune first, then Windows Update) and a decoding come out.

import { CATALOG_ORDER, findByCode, findByName, findByNamePart, type IndexHit } from './catalog.js';
import { decodeHresult, formatHex, type DecodedCode } from './hresult.js';
import { parseCodeInput, type CodeForm } from './parse.js';
import type { CatalogEntry } from './types.js';

/** How a match was found. */
export type MatchedBy = 'code' | 'alias-code' | 'name' | 'alias-name' | 'substring' | 'search';

/** A catalog entry found for an input, with how it was found. */
export interface Match extends CatalogEntry {
  readonly matchedBy: MatchedBy;
  /** For numeric input: which reading of the number found it. */
  readonly form?: CodeForm;
}

/** One reading of a numeric input and whether a catalog knows it. */
export interface Interpretation {
  readonly code: string;
  readonly form: CodeForm;
  readonly known: boolean;
}

/** Everything wuerr can say about one input; the element of `wuerr --json`. */
export interface LookupResult {
  readonly input: string;
  /** Best first: known codes before unknown readings, Intune before Windows Update. */
  readonly matches: readonly Match[];
  /** The decoding of the best reading: of the first match, else of the first numeric reading. */
  readonly decoded?: DecodedCode;
  /** For numeric input with more than one reading (`80240022` as decimal and as hex). */
  readonly interpretations?: readonly Interpretation[];
  /** Why the input could not be read; present only then. */
  readonly error?: string;
}

const _MATCHED_BY: readonly MatchedBy[] = ['code', 'alias-code', 'name', 'alias-name', 'substring', 'search'];
const _FORMS: readonly (CodeForm | undefined)[] = [undefined, 'hex', 'bare-hex', 'signed-decimal', 'unsigned-decimal'];

// Matches and decodings of catalog codes are immutable, so each is built once and shared: lookup stays allocation-light.
const _matchCache = new Map<IndexHit, (Match | undefined)[]>();
const _decodedCache = new Map<number, DecodedCode>();

function _match(hit: IndexHit, matchedBy: MatchedBy, form?: CodeForm): Match {
  let slots = _matchCache.get(hit);
  if (slots === undefined) _matchCache.set(hit, (slots = []));
  const slot = _MATCHED_BY.indexOf(matchedBy) * _FORMS.length + _FORMS.indexOf(form);
  let m = slots[slot];
  if (m === undefined) {
    m = Object.freeze(form === undefined ? { ...hit.entry, matchedBy } : { ...hit.entry, matchedBy, form });
    slots[slot] = m;
  }
  return m;
}

/** The decoding of a value; cached for values a catalog knows (a bounded set). */
function _decode(value: number, known: boolean): DecodedCode {
  if (!known) return decodeHresult(value);
  let d = _decodedCache.get(value);
  if (d === undefined) _decodedCache.set(value, (d = decodeHresult(value)));
  return d;
}

/**
 * Looks up one input in every form `parseCodeInput` accepts. Never throws.
 * @param input `0x80CF4017`, `-2133901289`, `OM_E_PT_HTTP_STATUS_DENIED`, `:HTTP_STATUS` …
 * @example lookup('0x80cf4017').matches[0]?.twin?.name //=> 'WU_E_PT_HTTP_STATUS_DENIED'
 */
export function lookup(input: string): LookupResult {
  const parsed = parseCodeInput(input);
  if (!parsed.ok) return { input: parsed.input, matches: [], error: parsed.error };
  switch (parsed.kind) {
    case 'code': {
      const { candidates } = parsed;
      if (candidates.length === 1) {
        const { value, form } = candidates[0]!;
        const hits = findByCode(value);
        const matches = hits.length === 1 ? [_match(hits[0]!, hits[0]!.alias ? 'alias-code' : 'code', form)] : hits.map((h) => _match(h, h.alias ? 'alias-code' : 'code', form));
        return { input, matches, decoded: _decode(value, hits.length > 0) };
      }
      const readings = candidates.map((c) => ({ ...c, hits: findByCode(c.value) }));
      // Known readings first; among equals the order parseCodeInput gave (decimal before bare hex).
      readings.sort((a, b) => Number(b.hits.length > 0) - Number(a.hits.length > 0));
      const matches = readings.flatMap((r) => r.hits.map((h) => _match(h, h.alias ? 'alias-code' : 'code', r.form)));
      return {
        input,
        matches,
        decoded: _decode(readings[0]!.value, readings[0]!.hits.length > 0),
        interpretations: readings.map((r) => ({ code: formatHex(r.value), form: r.form, known: r.hits.length > 0 })),
      };
    }
    case 'name': {
      const hit = findByName(parsed.name);
      if (hit === undefined) return { input, matches: [] };
      return { input, matches: [_match(hit, hit.alias ? 'alias-name' : 'name')], decoded: _decode(hit.entry.value, true) };
    }
    case 'substring': {
      const hits = [...findByNamePart(parsed.text)].sort((a, b) => CATALOG_ORDER[a.entry.catalog] - CATALOG_ORDER[b.entry.catalog]);
      const matches = hits.map((h) => _match(h, 'substring'));
      const first = matches[0];
      return first === undefined ? { input, matches } : { input, matches, decoded: _decode(first.value, true) };
    }
    default:
      return parsed satisfies never;
  }
}
