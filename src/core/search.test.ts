import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { getCatalog } from './catalog.js';
import { lookup } from './lookup.js';
import { searchCatalog, SEARCH_LIMITS, type SearchHit } from './search.js';

const names = (hits: readonly SearchHit[]): string[] => hits.map((h) => h.name);
const show = (hits: readonly SearchHit[]): string => names(hits).join(', ');
const textOf = (h: SearchHit): string => [h.name, h.description.de, h.description.en, ...(h.notes ?? []).flatMap((n) => [n.de, n.en])].join(' ').toLowerCase();

/** Queries and the entries that must appear among the first `top` hits. */
const EXPECTED: readonly { query: string; top: number; names: readonly string[] }[] = [
  { query: 'proxi', top: 6, names: ['OM_E_INVALID_PROXY_SERVER', 'WU_E_INVALID_PROXY_SERVER', 'OM_E_PT_PROXY_AUTH_SCHEME_NOT_SUPPORTED', 'OM_E_PT_HTTP_STATUS_PROXY_AUTH_REQ'] },
  { query: 'proxy', top: 6, names: ['OM_E_INVALID_PROXY_SERVER', 'WU_E_INVALID_PROXY_SERVER'] },
  { query: 'download faild', top: 3, names: ['OM_E_DOWNLOAD_FAILED', 'WU_E_DOWNLOAD_FAILED'] },
  { query: 'downlod failed', top: 3, names: ['OM_E_DOWNLOAD_FAILED', 'WU_E_DOWNLOAD_FAILED'] },
  { query: 'HTTP 404', top: 2, names: ['OM_E_PT_HTTP_STATUS_NOT_FOUND', 'WU_E_PT_HTTP_STATUS_NOT_FOUND'] },
  { query: 'not found', top: 5, names: ['OM_E_PT_HTTP_STATUS_NOT_FOUND', 'WU_E_PT_HTTP_STATUS_NOT_FOUND'] },
  { query: 'http 407 proxy authentication', top: 2, names: ['OM_E_PT_HTTP_STATUS_PROXY_AUTH_REQ', 'WU_E_PT_HTTP_STATUS_PROXY_AUTH_REQ'] },
  { query: 'reboot required', top: 4, names: ['OM_S_REBOOT_REQUIRED', 'WU_S_REBOOT_REQUIRED'] },
  { query: 'time out', top: 4, names: ['OM_E_TIME_OUT', 'WU_E_TIME_OUT'] },
  { query: 'Zeitüberschreitung', top: 3, names: ['OM_E_TIME_OUT', 'WU_E_TIME_OUT'] },
  { query: 'zeitueberschreitung', top: 3, names: ['OM_E_TIME_OUT', 'WU_E_TIME_OUT'] },
  { query: 'zeituberschreitung', top: 3, names: ['OM_E_TIME_OUT', 'WU_E_TIME_OUT'] },
  { query: 'URL ungültig', top: 2, names: ['OM_E_PT_INVALID_URL', 'WU_E_PT_INVALID_URL'] },
  { query: 'URL ungueltig', top: 2, names: ['OM_E_PT_INVALID_URL', 'WU_E_PT_INVALID_URL'] },
  { query: 'url ungultig', top: 2, names: ['OM_E_PT_INVALID_URL', 'WU_E_PT_INVALID_URL'] },
  { query: 'Proxyliste', top: 2, names: ['OM_E_INVALID_PROXY_SERVER', 'WU_E_INVALID_PROXY_SERVER'] },
  { query: 'invalid proxy server', top: 2, names: ['OM_E_INVALID_PROXY_SERVER', 'WU_E_INVALID_PROXY_SERVER'] },
  { query: 'winhttp name not resolved', top: 2, names: ['OM_E_PT_WINHTTP_NAME_NOT_RESOLVED', 'WU_E_PT_WINHTTP_NAME_NOT_RESOLVED'] },
];

describe('searchCatalog: queries find the entries they should', () => {
  for (const { query, top, names: expected } of EXPECTED) {
    it(`${JSON.stringify(query)} has ${expected.join(', ')} in the first ${top}`, () => {
      const hits = searchCatalog(query, { limit: top });
      for (const name of expected) assert.ok(names(hits).includes(name), `${JSON.stringify(query)}: ${name} not in the first ${top}: ${show(hits)}`);
    });
  }

  it('"proxi" (a prefix with a typo) finds only proxy codes in its first 6', () => {
    const hits = searchCatalog('proxi', { limit: 6 });
    assert.equal(hits.length, 6, show(hits));
    for (const h of hits) assert.ok(textOf(h).includes('proxy'), `"proxi": ${h.name} does not mention a proxy`);
  });

  for (const query of ['Neustart', 'neustart', 'NEUSTART', 'neustrat']) {
    it(`${JSON.stringify(query)} finds reboot codes: each of the first 8 mentions a Neustart, REBOOT in at least 5 names`, () => {
      const hits = searchCatalog(query, { limit: 8 });
      assert.equal(hits.length, 8, `${query}: ${show(hits)}`);
      for (const h of hits) assert.ok(textOf(h).includes('neustart'), `${query}: ${h.name} does not mention a Neustart`);
      assert.ok(hits.filter((h) => h.name.includes('REBOOT')).length >= 5, `${query}: ${show(hits)}`);
    });
  }

  it('"WSUS": the first 3 hits mention WSUS or the update server (SUS)', () => {
    const hits = searchCatalog('WSUS', { limit: 3 });
    assert.ok(hits.length > 0, 'no hit for WSUS');
    for (const h of hits) assert.ok(/wsus|\bsus\b|_sus_/.test(textOf(h)), `WSUS: ${h.name} mentions neither WSUS nor SUS`);
  });

  it('an umlaut word written with ü, ue and u gives the same hits', () => {
    const forms = ['Zeitüberschreitung', 'Zeitueberschreitung', 'Zeituberschreitung'];
    const [first, ...rest] = forms.map((q) => names(searchCatalog(q, { lang: 'de' })));
    for (const [i, other] of rest.entries()) assert.deepEqual(other, first, `${forms[i + 1]} vs ${forms[0]}`);
  });

  it('"HTTP_STATUS" splits at "_": every one of the first 10 names contains HTTP_STATUS', () => {
    const hits = searchCatalog('HTTP_STATUS');
    assert.equal(hits.length, 10, show(hits));
    for (const h of hits) assert.ok(h.name.includes('HTTP_STATUS'), `HTTP_STATUS: ${h.name}`);
  });
});

describe('searchCatalog: codes and names', () => {
  const cases: readonly [string, string, string][] = [
    ['0x80cf4017', 'OM_E_PT_HTTP_STATUS_DENIED', 'code'],
    ['0x80CF4017', 'OM_E_PT_HTTP_STATUS_DENIED', 'code'],
    ['-2133901289', 'OM_E_PT_HTTP_STATUS_DENIED', 'code'],
    ['0x8024402C', 'WU_E_PT_WINHTTP_NAME_NOT_RESOLVED', 'code'],
    ['8024402c', 'WU_E_PT_WINHTTP_NAME_NOT_RESOLVED', 'code'],
    ['OM_E_NO_SERVICE', 'OM_E_NO_SERVICE', 'name'],
    ['om_e_no_service', 'OM_E_NO_SERVICE', 'name'],
    ['  WU_E_DOWNLOAD_FAILED ', 'WU_E_DOWNLOAD_FAILED', 'name'],
  ];
  for (const [query, name, matchedBy] of cases) {
    it(`${JSON.stringify(query)} puts ${name} first, found by ${matchedBy}`, () => {
      const hits = searchCatalog(query);
      assert.equal(hits[0]?.name, name, `${query}: ${show(hits)}`);
      assert.equal(hits[0]?.matchedBy, matchedBy, query);
      assert.ok(hits.slice(1).every((h) => h.matchedBy === 'search'), `${query}: only the exact hit comes from lookup`);
    });
  }

  it('lookup forms ":TEXT" and "=NAME" work as in lookup: the name matches first, in lookup order', () => {
    const part = searchCatalog(':PROXY_AUTH', { limit: 20 });
    assert.deepEqual(part.slice(0, 4).map((h) => [h.name.includes('PROXY_AUTH'), h.matchedBy]), Array(4).fill([true, 'substring']), show(part));
    const exact = searchCatalog('=WU_E_NO_UPDATE');
    assert.equal(exact[0]?.name, 'WU_E_NO_UPDATE', show(exact));
  });

  it('an exact name ranks first even against many entries sharing its words', () => {
    for (const entry of getCatalog().filter((_, i) => i % 25 === 0)) {
      const hits = searchCatalog(entry.name, { limit: 3 });
      assert.equal(hits[0]?.name, entry.name, `${entry.name}: ${show(hits)}`);
    }
  });

  it('the first words of a code find the codes that start with them ("0x80cf40" → 0x80CF40xx)', () => {
    const hits = searchCatalog('0x80cf40', { limit: 20 });
    assert.equal(hits.length, 20, show(hits));
    for (const h of hits) assert.ok(h.code.startsWith('0x80CF40'), `0x80cf40: ${h.code}`);
  });
});

describe('searchCatalog: result shape and ranking', () => {
  it('hits are lookup matches: the catalog entry plus matchedBy and score, no duplicates, best first', () => {
    const byKey = new Map(getCatalog().map((e) => [`${e.catalog}:${e.code}`, e]));
    for (const query of ['proxy', 'download faild', 'Neustart', 'OM_E_NO_SERVICE', 'update']) {
      const hits = searchCatalog(query, { limit: 50 });
      const keys = hits.map((h) => `${h.catalog}:${h.code}`);
      assert.equal(new Set(keys).size, keys.length, `${query}: duplicate hits`);
      for (const [i, h] of hits.entries()) {
        const { matchedBy, score, ...entry } = h;
        assert.deepEqual(entry, byKey.get(`${h.catalog}:${h.code}`), `${query}: hit ${h.name} is not its catalog entry`);
        assert.ok(matchedBy === 'search' || lookup(query.trim()).matches.some((m) => m.name === h.name), `${query}: ${h.name} matchedBy ${matchedBy}`);
        assert.ok(Number.isFinite(score) && score > 0, `${query}: ${h.name} score ${score}`);
        if (i > 0) assert.ok(hits[i - 1]!.score >= score, `${query}: ${h.name} (${score}) after a lower score ${hits[i - 1]!.score}`);
      }
    }
  });

  it('limit: default 10, honoured, clamped to 1..100', () => {
    assert.equal(searchCatalog('update').length, SEARCH_LIMITS.default, 'default');
    for (const limit of [1, 3, 25, 100]) assert.equal(searchCatalog('update', { limit }).length, limit, `limit ${limit}`);
    assert.equal(searchCatalog('update', { limit: 0 }).length, 1, 'limit 0 → 1');
    assert.equal(searchCatalog('update', { limit: -5 }).length, 1, 'limit -5 → 1');
    assert.equal(searchCatalog('update', { limit: 1000 }).length, 100, 'limit 1000 → 100');
    assert.equal(searchCatalog('update', { limit: Number.NaN }).length, 10, 'limit NaN → 10');
    assert.equal(searchCatalog('update', { limit: 2.9 }).length, 2, 'limit 2.9 → 2');
  });

  it('lang prefers that language: a German word scores higher with de, an English word with en; both still find across', () => {
    for (const [query, lang, other] of [['Neustart', 'de', 'en'], ['restart', 'en', 'de'], ['Proxyliste', 'de', 'en'], ['unauthorized', 'en', 'de']] as const) {
      const preferred = searchCatalog(query, { lang });
      const across = searchCatalog(query, { lang: other });
      assert.ok(across.length > 0, `${query} with lang ${other} finds nothing`);
      assert.ok(preferred[0]!.score > across[0]!.score, `${query}: lang ${lang} (${preferred[0]!.score}) should score above lang ${other} (${across[0]!.score})`);
    }
  });

  it('empty, blank, stop-word-only and unknown queries find nothing', () => {
    for (const query of ['', '   ', '\t\n', 'the', 'der die das', '_', '!!!', 'qqqxxzzvvk']) {
      assert.deepEqual(searchCatalog(query), [], JSON.stringify(query));
    }
  });
});

describe('searchCatalog: never throws', () => {
  it('any string, any limit, any lang: an array of at most limit hits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.oneof(fc.integer(), fc.double(), fc.constant(undefined)), fc.constantFrom('de', 'en', undefined), (query, limit, lang) => {
        const options = { ...(limit === undefined ? {} : { limit }), ...(lang === undefined ? {} : { lang: lang as 'de' | 'en' }) };
        const hits = searchCatalog(query, options);
        assert.ok(Array.isArray(hits), JSON.stringify(query));
        assert.ok(hits.length <= SEARCH_LIMITS.max, JSON.stringify(query));
      }),
      { numRuns: 300 },
    );
  });

  it('code-like and symbol-heavy strings, a huge query and non-strings do not throw', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[-+0-9a-fA-FxXLl_:= ().,;"'[\]]{0,24}$/), (query) => {
        assert.ok(Array.isArray(searchCatalog(query)), JSON.stringify(query));
      }),
      { numRuns: 300 },
    );
    const huge = 'proxy download '.repeat(100_000);
    const started = performance.now();
    assert.ok(searchCatalog(huge).length > 0, 'huge query');
    assert.ok(performance.now() - started < 1000, 'huge query is cut and answered quickly');
    for (const bad of [undefined, null, 42, {}, ['proxy']]) assert.deepEqual(searchCatalog(bad as unknown as string), [], String(bad));
  });
});
