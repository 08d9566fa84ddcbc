// The result card of one code, the compact list of search hits, and the HRESULT bit diagram.

import { COMPONENTS } from '../../src/core/components.js';
import { decodeHresult, type DecodedCode } from '../../src/core/hresult.js';
import type { Match } from '../../src/core/lookup.js';
import { CATALOG_LABELS, type Language } from '../../src/core/types.js';
import { h, s } from './dom.js';
import { TEXT } from './i18n.js';

/** Turns a code into the href of its permalink. */
export type LinkFor = (code: string) => string;

/** The 32 bits as fields: five single bits, the 11-bit facility, the 16-bit code. */
function _fields(d: DecodedCode, lang: Language) {
  const T = TEXT[lang];
  return [
    { label: 'S', bits: 1, value: String(d.bits.S) },
    { label: 'R', bits: 1, value: String(d.bits.R) },
    { label: 'C', bits: 1, value: String(d.bits.C) },
    { label: 'N', bits: 1, value: String(d.bits.N) },
    { label: 'X', bits: 1, value: String(d.bits.X) },
    { label: T.facility, bits: 11, value: d.facility.hex },
    { label: T.code, bits: 16, value: d.codeHex },
  ];
}

/**
 * Draws the HRESULT fields as one row of boxes, each as wide as its bits, with bit numbers above.
 * @returns an accessible SVG figure
 */
export function bitDiagram(d: DecodedCode, lang: Language): HTMLElement {
  const unit = 10;
  const width = 32 * unit;
  const svg = s('svg', { viewBox: `0 0 ${width + 2} 56`, class: 'bits', role: 'img', 'aria-label': `${TEXT[lang].bits}: S=${d.bits.S} R=${d.bits.R} C=${d.bits.C} N=${d.bits.N} X=${d.bits.X}, ${TEXT[lang].facility} ${d.facility.hex}, ${TEXT[lang].code} ${d.codeHex}` });
  let x = 1;
  let bit = 31;
  for (const f of _fields(d, lang)) {
    const w = f.bits * unit;
    const on = f.bits === 1 && f.value === '1';
    svg.append(
      s('text', { x: x + 1, y: 9, class: 'bitno' }, String(bit)),
      s('rect', { x, y: 12, width: w, height: 24, class: on ? 'field on' : 'field' }),
      s('text', { x: x + w / 2, y: 28, class: 'value', 'text-anchor': 'middle' }, f.value),
      s('text', { x: x + w / 2, y: 50, class: 'label', 'text-anchor': 'middle' }, f.label),
    );
    x += w;
    bit -= f.bits;
  }
  const facilityName = d.facility.names.join(' / ');
  return h('figure', { class: 'bitfig' }, svg, h('figcaption', {}, `${TEXT[lang].bits} · ${d.severity}${facilityName ? ` · ${facilityName}` : ''}${d.win32 !== undefined ? ` · Win32 ${d.win32}` : ''}`));
}

function _dl(rows: ReadonlyArray<readonly [string, Node | string]>): HTMLDListElement {
  const dl = h('dl');
  for (const [k, v] of rows) dl.append(h('dt', {}, k), h('dd', {}, v));
  return dl;
}

/**
 * The full card of one catalog entry: numbers, name, catalog, component, both texts, notes, twin, bits.
 * @param lang which text comes first and which labels are used
 */
export function codeCard(m: Match, lang: Language, linkFor: LinkFor, twinLinkFor: LinkFor): HTMLElement {
  const T = TEXT[lang];
  const d = decodeHresult(m.value);
  const other: Language = lang === 'de' ? 'en' : 'de';
  const label = (l: Language) => (l === 'de' ? T.german : T.english);
  const rows: Array<readonly [string, Node | string]> = [
    [T.hex, h('code', {}, d.hex)],
    [T.signed, h('code', {}, String(d.signed))],
    [T.unsigned, h('code', {}, String(d.unsigned))],
    [T.catalogLabel, CATALOG_LABELS[m.catalog][lang]],
    [T.component, COMPONENTS[m.component][lang]],
  ];
  if (m.twin) rows.push([T.twin, h('a', { href: twinLinkFor(m.twin.code), class: 'twin' }, `${m.twin.code} ${m.twin.name}`)]);
  const notes = m.notes ?? [];
  return h(
    'article',
    { class: `card ${m.catalog}`, 'data-code': m.code },
    h('h3', {}, h('code', {}, m.code), ' ', h('span', { class: 'name' }, m.name)),
    h('p', { class: 'desc primary', lang }, h('strong', {}, label(lang) + ': '), m.description[lang]),
    h('p', { class: 'desc secondary', lang: other }, h('strong', {}, label(other) + ': '), m.description[other]),
    notes.length ? h('div', { class: 'notes' }, h('h4', {}, T.notes), h('ul', {}, ...notes.map((n) => h('li', { lang }, n[lang])))) : null,
    _dl(rows),
    bitDiagram(d, lang),
    h('p', { class: 'perma' }, h('a', { href: linkFor(m.code), class: 'permalink' }, `${T.permalink}: ${m.code}`)),
  );
}

/** One search hit as a compact row that links to the code. */
export function hitRow(m: Match, lang: Language, linkFor: LinkFor): HTMLElement {
  return h('li', { class: 'hit' }, h('a', { href: linkFor(m.code) }, h('code', {}, m.code), ' ', h('span', { class: 'name' }, m.name)), h('span', { class: 'hit-desc' }, m.description[lang]));
}
