// `wuerr search <words...>`: find codes by words in German or English, best first.

import { searchCatalog, SEARCH_LIMITS, type SearchHit } from '../../core/search.js';
import { CATALOG_LABELS, type Language } from '../../core/types.js';
import type { FlagSpec } from '../args.js';
import { chooseLanguage, EXIT, readCommandArgs, styles, usageError, useColor } from '../common.js';
import type { CliIo } from '../io.js';

const _FLAGS: readonly FlagSpec[] = [
  { name: 'json' },
  { name: 'lang', value: true },
  { name: 'limit', short: 'n', value: true },
  { name: 'color' },
  { name: 'no-color' },
  { name: 'help', short: 'h' },
];

export const HELP = `wuerr search — find Intune and Windows Update codes by words (German or English)

Usage:
  wuerr search <words>...

Searches names, codes, German and English descriptions and notes. Prefixes (proxi), typos
(download faild) and umlauts written either way (Neustart, ungültig, ungueltig) all match.
A code or name as the query (0x80CF4017, OM_E_NO_SERVICE) puts that entry first.

Examples:
  wuerr search proxy
  wuerr search --lang de neustart
  wuerr search download faild --limit 3 --json

Options:
  --lang de|en    language of the output and the preferred language of the matching
                  (default from LC_ALL, LC_MESSAGES, LANG)
  -n, --limit N   at most N hits, 1–${SEARCH_LIMITS.max} (default ${SEARCH_LIMITS.default})
  --json          a JSON array of matches (the objects wuerr --json prints, plus "score"), best first
  --no-color      no colour (also when NO_COLOR is set or output is not a terminal)
  -h, --help      this help

Exit codes: 0 something was found, 1 nothing was found, 2 usage error.
`;

const _NOTHING: Readonly<Record<Language, (q: string) => string>> = {
  en: (q) => `No entry matches ${JSON.stringify(q)}.\n`,
  de: (q) => `Kein Eintrag passt zu ${JSON.stringify(q)}.\n`,
};

const _DESCRIPTION_WIDTH = 120;

/**
 * Reads `--limit`: a whole number from 1 to 100.
 * @returns the number, or an error message that quotes the value
 */
export function parseLimit(value: string | true | undefined): number | { readonly error: string } {
  if (value === undefined) return SEARCH_LIMITS.default;
  const text = String(value);
  const n = /^[0-9]{1,4}$/.test(text) ? Number(text) : NaN;
  if (n >= 1 && n <= SEARCH_LIMITS.max) return n;
  return { error: `--limit ${JSON.stringify(text)} is not a whole number from 1 to ${SEARCH_LIMITS.max}; for example: --limit 5` };
}

/** A description on one line, cut with an ellipsis when it is long. */
function _oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > _DESCRIPTION_WIDTH ? flat.slice(0, _DESCRIPTION_WIDTH - 1).trimEnd() + '…' : flat;
}

/** Two lines per hit: code, name and catalog; then the description in the chosen language. */
function _formatHit(hit: SearchHit, lang: Language, s: ReturnType<typeof styles>): string {
  return `${s.bold(hit.code)}  ${s.bold(s.cyan(hit.name))}  ${s.dim(`(${CATALOG_LABELS[hit.catalog][lang]})`)}\n  ${_oneLine(hit.description[lang])}\n`;
}

/**
 * Runs `wuerr search` with the arguments after `search`.
 * @returns 0 something was found, 1 nothing, 2 usage error
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = readCommandArgs(argv, io, 'search', _FLAGS, HELP);
  if (typeof args === 'number') return args;
  const { flags, positionals } = args;
  const lang = chooseLanguage(flags.get('lang'), io.env);
  if (typeof lang !== 'string') return usageError(io, lang.error, 'search');
  const limit = parseLimit(flags.get('limit'));
  if (typeof limit !== 'number') return usageError(io, limit.error, 'search');
  const query = positionals.join(' ').trim();
  if (query === '') return usageError(io, 'no words given; for example: wuerr search proxy', 'search');

  const hits = searchCatalog(query, { lang, limit });
  if (flags.has('json')) {
    io.stdout(JSON.stringify(hits, null, 2) + '\n');
  } else if (hits.length === 0) {
    io.stderr(_NOTHING[lang](query));
  } else {
    const s = styles(useColor(io, flags));
    io.stdout(hits.map((h) => _formatHit(h, lang, s)).join(''));
  }
  return hits.length > 0 ? EXIT.ok : EXIT.notFound;
}
