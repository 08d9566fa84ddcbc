// Search latency: median and p95 of searchCatalog over fixed German and English queries (typos, prefixes, codes),
// beside a plain linear scan with String.includes over the same texts, in one run; plus the index build time.

import { getCatalog } from '../src/core/catalog.js';
import { prepareSearchIndex, searchCatalog } from '../src/core/search.js';

/** What admins type: English and German, whole words, prefixes, typos, names and codes. */
const QUERIES: readonly string[] = [
  'proxy',
  'proxi',
  'neustart',
  'Neustart erforderlich',
  'reboot required',
  'download faild',
  'download failed',
  'HTTP 404',
  'not found',
  'WSUS',
  'Zeitüberschreitung',
  'zeitueberschreitung',
  'ungültig',
  'certificate',
  'Zertifikat',
  'access denied',
  'Zugriff verweigert',
  'disk full',
  'Speicher',
  'timeout',
  'instal',
  'unauthorised',
  'server not responding',
  'Dienst nicht verfügbar',
  'HTTP_STATUS',
  'OM_E_NO_SERVICE',
  '0x80cf4017',
  '-2145124322',
];

const ROUNDS = 200;
const LIMIT = 10;

/** The reference: lower-cased texts scanned with String.includes, hits ranked by how many words they contain. */
const texts = getCatalog().map((e) => [e.name, e.code, e.description.de, e.description.en, ...(e.notes ?? []).flatMap((n) => [n.de, n.en])].join('\n').toLowerCase());
function linearScan(query: string): number {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  const hits: { i: number; n: number }[] = [];
  for (let i = 0; i < texts.length; i++) {
    let n = 0;
    for (const w of words) if (texts[i]!.includes(w)) n++;
    if (n > 0) hits.push({ i, n });
  }
  hits.sort((a, b) => b.n - a.n || a.i - b.i);
  return hits.slice(0, LIMIT).length;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

/** Times every query ROUNDS times, one call at a time; returns the sorted per-call durations in ms. */
function timeEach(fn: (q: string) => number): { samples: number[]; found: number[] } {
  const samples: number[] = [];
  const found = QUERIES.map((q) => fn(q)); // warm-up pass, and the hit counts
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      fn(q);
      samples.push(performance.now() - t);
    }
  }
  return { samples: samples.sort((a, b) => a - b), found };
}

getCatalog(); // the catalog itself is built by lookup too; time only the search index
const buildStart = performance.now();
const indexed = prepareSearchIndex();
const buildMs = performance.now() - buildStart;

const ours = timeEach((q) => searchCatalog(q, { limit: LIMIT }).length);
const ref = timeEach(linearScan);

const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
const [oMed, oP95, rMed, rP95] = [percentile(ours.samples, 0.5), percentile(ours.samples, 0.95), percentile(ref.samples, 0.5), percentile(ref.samples, 0.95)];
console.log(`search index: ${indexed} entries built in ${buildMs.toFixed(1)} ms (once, on the first search)`);
console.log(`${QUERIES.length} queries × ${ROUNDS} rounds, limit ${LIMIT}, one call timed at a time`);
console.log('                     median      p95');
console.log(`searchCatalog       ${us(oMed).padStart(9)}  ${us(oP95).padStart(9)}   (prefix + typo tolerant, ranked)`);
console.log(`linear includes()   ${us(rMed).padStart(9)}  ${us(rP95).padStart(9)}   (exact substrings only)`);
console.log(`ratio searchCatalog / linear scan: median ${(oMed / rMed).toFixed(2)} ×, p95 ${(oP95 / rP95).toFixed(2)} ×`);
const missed = QUERIES.filter((q, i) => ours.found[i] === 0);
const refMissed = QUERIES.filter((q, i) => ref.found[i] === 0);
console.log(`queries without a hit: searchCatalog ${missed.length} ${missed.length ? JSON.stringify(missed) : ''}, linear scan ${refMissed.length} ${refMissed.length ? JSON.stringify(refMissed) : ''}`);
console.log(`median search latency ${us(oMed)}, target < 1 ms: ${oMed < 1 ? 'met' : 'MISSED'}`);
