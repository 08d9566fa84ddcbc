// Server-rendered HTML for a code's permalink page (/c/{code}): readable without JavaScript, every value escaped.

import { COMPONENTS } from '../core/components.js';
import type { DecodedCode } from '../core/hresult.js';
import type { LookupResult, Match } from '../core/lookup.js';
import { CATALOG_LABELS } from '../core/types.js';

const _ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values.
 * @example escapeHtml('<b>"x"</b>') //=> '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => _ESCAPES[c]!);
}


function _row(label: string, value: string): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${value}</td></tr>`;
}

/** The bit fields as a table row each: S R C N X, facility, code. */
function _decodedTable(d: DecodedCode): string {
  const bits = (['S', 'R', 'C', 'N', 'X'] as const).map((b) => `${b}=${d.bits[b]}`).join(' ');
  const facility = d.facility.names.length ? `${d.facility.hex} (${d.facility.number}) ${d.facility.names.join(' / ')}` : `${d.facility.hex} (${d.facility.number})`;
  return `<table class="decoded">${[
    _row('hex', `<code>${escapeHtml(d.hex)}</code>`),
    _row('signed', `<code>${d.signed}</code>`),
    _row('unsigned', `<code>${d.unsigned}</code>`),
    _row('bits', `<code>${escapeHtml(bits)}</code> (${escapeHtml(d.severity)})`),
    _row('facility', escapeHtml(facility)),
    _row('code', `<code>${escapeHtml(d.codeHex)}</code> (${d.code})`),
    ...(d.win32 !== undefined ? [_row('Win32', String(d.win32))] : []),
  ].join('')}</table>`;
}

function _matchCard(m: Match): string {
  const notes = (m.notes ?? []).map((n) => `<li lang="de">${escapeHtml(n.de)}</li><li lang="en">${escapeHtml(n.en)}</li>`).join('');
  const twin = m.twin ? _row('Twin / Zwilling', `<a href="/c/${encodeURIComponent(m.twin.code)}">${escapeHtml(m.twin.code)} ${escapeHtml(m.twin.name)}</a>`) : '';
  return `<article class="card">
<h2><code>${escapeHtml(m.code)}</code> <span class="name">${escapeHtml(m.name)}</span></h2>
<table>${_row('Catalog / Katalog', escapeHtml(`${CATALOG_LABELS[m.catalog].en} / ${CATALOG_LABELS[m.catalog].de}`))}${_row('Component / Komponente', `${escapeHtml(COMPONENTS[m.component].en)} / ${escapeHtml(COMPONENTS[m.component].de)}`)}${twin}</table>
<p lang="de"><strong>Deutsch:</strong> ${escapeHtml(m.description.de)}</p>
<p lang="en"><strong>English:</strong> ${escapeHtml(m.description.en)}</p>
${notes ? `<ul class="notes">${notes}</ul>` : ''}
</article>`;
}

/** What the page around a card needs: stylesheet paths from the built web page, if there is one. */
export interface PageShell {
  readonly stylesheets: readonly string[];
}

/**
 * The whole permalink page for a lookup result: its matches, or why there are none, and the decoding.
 * @param result the lookup of the path segment
 * @param shell stylesheets to link
 */
export function renderCodePage(result: LookupResult, shell: PageShell): string {
  const title = result.matches[0] ? `${result.matches[0].code} ${result.matches[0].name}` : result.input;
  let body: string;
  if (result.error !== undefined) body = `<p class="error">${escapeHtml(result.error)}</p>`;
  else if (result.matches.length === 0) body = `<p class="error">No catalog knows ${escapeHtml(JSON.stringify(result.input))}. / Kein Katalog kennt diesen Code.</p>`;
  else body = result.matches.map(_matchCard).join('\n');
  const decoded = result.decoded ? `<section><h2>Decoded / Zerlegt</h2>${_decodedTable(result.decoded)}</section>` : '';
  const links = shell.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · wuerr</title>${links}</head>
<body><main class="permalink"><p><a href="/">← wuerr</a></p><h1>${escapeHtml(title)}</h1>
${body}
${decoded}
</main></body></html>
`;
}
