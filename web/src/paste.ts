// The paste box: scans pasted log text in the browser and shows the codes as a table and a bar chart.

import { scanText } from '../../src/core/scan.js';
import type { ScanSummary } from '../../src/core/scan-types.js';
import type { Language } from '../../src/core/types.js';
import type { LinkFor } from './card.js';
import { h, s } from './dom.js';
import { TEXT } from './i18n.js';

const _CHART_ROWS = 20;
const _DEBOUNCE_MS = 150;

/** Horizontal bars of the most frequent codes, drawn as inline SVG (bar length ∝ count). */
export function countChart(summary: ScanSummary, lang: Language): HTMLElement {
  const rows = summary.codes.slice(0, _CHART_ROWS);
  const max = Math.max(1, ...rows.map((c) => c.count));
  const rowH = 22;
  const labelW = 110;
  const barW = 240;
  const svg = s('svg', { viewBox: `0 0 ${labelW + barW + 60} ${rows.length * rowH + 4}`, class: 'chart', role: 'img', 'aria-label': TEXT[lang].chartTitle });
  rows.forEach((c, i) => {
    const y = i * rowH + 2;
    const w = Math.max(2, Math.round((c.count / max) * barW));
    svg.append(
      s('text', { x: 0, y: y + 15, class: 'chart-label' }, c.code),
      s('rect', { x: labelW, y: y + 3, width: w, height: rowH - 6, class: c.name ? 'bar known' : 'bar' }, s('title', {}, `${c.code} ${c.name ?? ''}: ${c.count}`)),
      s('text', { x: labelW + w + 6, y: y + 15, class: 'chart-count' }, String(c.count)),
    );
  });
  return h('figure', { class: 'chartfig' }, h('figcaption', {}, TEXT[lang].chartTitle), svg);
}

/** The summary table: one row per code, most frequent first. */
export function summaryTable(summary: ScanSummary, lang: Language, linkFor: LinkFor): HTMLElement {
  const T = TEXT[lang];
  const head = h('tr', {}, h('th', { scope: 'col' }, T.code), h('th', { scope: 'col' }, T.name), h('th', { scope: 'col', class: 'num' }, T.count), h('th', { scope: 'col', class: 'num' }, T.first), h('th', { scope: 'col', class: 'num' }, T.last));
  const body = summary.codes.map((c) =>
    h(
      'tr',
      {},
      h('td', {}, h('a', { href: linkFor(c.code) }, h('code', {}, c.code))),
      h('td', { class: 'name' }, c.name ?? '—'),
      h('td', { class: 'num' }, String(c.count)),
      h('td', { class: 'num' }, String(c.first.line)),
      h('td', { class: 'num' }, String(c.last.line)),
    ),
  );
  return h('div', { class: 'table-wrap' }, h('table', { class: 'summary' }, h('thead', {}, head), h('tbody', {}, ...body)));
}

/**
 * Wires the paste box: scans on every change (debounced) and draws the result.
 * @returns `refresh`, to redraw in another language
 */
export function setupPaste(textarea: HTMLTextAreaElement, out: HTMLElement, getLang: () => Language, linkFor: LinkFor): { refresh: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = (): void => {
    const lang = getLang();
    const T = TEXT[lang];
    out.replaceChildren();
    if (textarea.value.trim() === '') return;
    const summary = scanText(textarea.value);
    const { occurrences, distinctCodes, lines } = summary.totals;
    out.append(h('p', { class: 'totals' }, occurrences ? T.scanTotals(occurrences, distinctCodes, lines) : T.scanEmpty));
    if (summary.malformed.count) out.append(h('p', { class: 'malformed' }, T.malformed(summary.malformed.count)));
    if (occurrences) out.append(countChart(summary, lang), summaryTable(summary, lang, linkFor));
  };
  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, _DEBOUNCE_MS);
  });
  return { refresh };
}
