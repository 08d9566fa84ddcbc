// The web page: one search box for any code form or words, result cards, permalinks, and a paste box that scans logs.

import { lookup } from '../../src/core/lookup.js';
import { searchCatalog } from '../../src/core/search.js';
import type { Language } from '../../src/core/types.js';
import { codeCard, hitRow, bitDiagram } from './card.js';
import { h } from './dom.js';
import { browserLanguage, TEXT } from './i18n.js';
import { setupPaste } from './paste.js';
import './style.css';

const _MAX_CARDS = 12;
const _MAX_HITS = 20;

/** Served by `wuerr serve`, permalinks are real paths; from a static folder they live in the hash. */
const pathRoutes = document.querySelector('meta[name="wuerr-routes"]')?.getAttribute('content') === 'path';
const inPage = (code: string): string => `#/c/${encodeURIComponent(code)}`;
const permalink = (code: string): string => (pathRoutes ? `/c/${encodeURIComponent(code)}` : inPage(code));

const input = document.getElementById('q') as HTMLInputElement;
const results = document.getElementById('results') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;

function _storedLanguage(): Language | undefined {
  try {
    const v = localStorage.getItem('wuerr.lang');
    return v === 'de' || v === 'en' ? v : undefined;
  } catch {
    return undefined;
  }
}

let lang: Language = _storedLanguage() ?? browserLanguage(navigator.languages ?? [navigator.language]);

/** Shows what the search box holds: cards for a code or name, a hit list for words, the bits of an unknown code. */
function renderSearch(): void {
  const q = input.value;
  const T = TEXT[lang];
  results.replaceChildren();
  if (q.trim() === '') {
    status.textContent = '';
    return;
  }
  const r = lookup(q);
  const cards = r.matches.length > 0 && r.matches.length <= _MAX_CARDS && r.matches[0]!.matchedBy !== 'substring';
  if (cards) {
    status.textContent = T.hits(r.matches.length);
    results.append(...r.matches.map((m) => codeCard(m, lang, permalink, inPage)));
    return;
  }
  if (r.matches.length > 0) {
    status.textContent = T.hits(r.matches.length);
    results.append(h('ol', { class: 'hits' }, ...r.matches.slice(0, 50).map((m) => hitRow(m, lang, inPage))));
    return;
  }
  if (r.decoded) {
    status.textContent = T.unknown(r.decoded.hex);
    results.append(bitDiagram(r.decoded, lang));
    return;
  }
  const hits = searchCatalog(q, { lang, limit: _MAX_HITS });
  status.textContent = hits.length ? T.hits(hits.length) : T.noHits(q);
  if (hits.length === 1) results.append(codeCard(hits[0]!, lang, permalink, inPage));
  else if (hits.length) results.append(h('ol', { class: 'hits' }, ...hits.map((m) => hitRow(m, lang, inPage))));
}

/** Switches the page language and redraws everything in it. */
function setLanguage(next: Language): void {
  lang = next;
  document.documentElement.lang = next;
  try {
    localStorage.setItem('wuerr.lang', next);
  } catch {
    // Storage may be off (private mode, file://): the choice then lasts for this visit.
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset['lang'] === next));
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset['i18n'] as 'searchTitle' | 'searchLabel' | 'pasteTitle' | 'pasteLabel';
    el.textContent = TEXT[next][key];
  }
  renderSearch();
  paste.refresh();
}

/** Reads a code from `#/c/{code}` or `?q=`, so permalinks and shared links open with the search filled in. */
function applyRoute(): void {
  const hash = /^#\/c\/(.+)$/.exec(location.hash);
  let wanted: string | null = null;
  if (hash) {
    try {
      wanted = decodeURIComponent(hash[1]!);
    } catch {
      wanted = hash[1]!;
    }
  } else {
    wanted = new URLSearchParams(location.search).get('q');
  }
  if (wanted !== null) {
    input.value = wanted;
    renderSearch();
  }
}

const paste = setupPaste(document.getElementById('log') as HTMLTextAreaElement, document.getElementById('scan-out') as HTMLElement, () => lang, inPage);
input.addEventListener('input', renderSearch);
input.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    input.value = '';
    renderSearch();
  }
});
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) b.addEventListener('click', () => setLanguage(b.dataset['lang'] === 'de' ? 'de' : 'en'));
window.addEventListener('hashchange', applyRoute);
setLanguage(lang);
applyRoute();
input.focus();
