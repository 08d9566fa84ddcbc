// Terminal text for lookup results: one block per input, in the chosen language.

import { COMPONENTS } from '../core/components.js';
import type { LookupResult, Match } from '../core/lookup.js';
import type { DecodedCode } from '../core/hresult.js';
import { CATALOG_LABELS, type Language } from '../core/types.js';
import { styles } from './common.js';

const _LABELS = {
  en: { component: 'Component', twin: 'Twin', note: 'Note', decoded: 'Decoded', unknown: 'No catalog knows this code.', noMatch: (q: string) => `No entry has this name. Try :${q.trim().toUpperCase()} for names that contain it, or wuerr search ${q.trim()}.`, alias: 'found under an older alias', reading: 'read as', forms: { hex: 'hex', 'bare-hex': 'hex without 0x', 'signed-decimal': 'signed decimal', 'unsigned-decimal': 'unsigned decimal' }, failure: 'failure', success: 'success', facility: 'facility', code: 'code', win32: 'Win32 error', others: 'Other readings' },
  de: { component: 'Komponente', twin: 'Zwilling', note: 'Hinweis', decoded: 'Zerlegt', unknown: 'Kein Katalog kennt diesen Code.', noMatch: (q: string) => `Kein Eintrag trägt diesen Namen. Versuchen Sie :${q.trim().toUpperCase()} für Namen, die ihn enthalten, oder wuerr search ${q.trim()}.`, alias: 'über einen älteren Alias gefunden', reading: 'gelesen als', forms: { hex: 'Hex', 'bare-hex': 'Hex ohne 0x', 'signed-decimal': 'Dezimal mit Vorzeichen', 'unsigned-decimal': 'Dezimal ohne Vorzeichen' }, failure: 'Fehler', success: 'Erfolg', facility: 'Facility', code: 'Code', win32: 'Win32-Fehler', others: 'Andere Lesarten' },
} as const;

/** One line that takes the 32 bits apart. */
export function formatDecoded(d: DecodedCode, lang: Language): string {
  const L = _LABELS[lang];
  const facility = d.facility.names.length ? `${d.facility.hex} ${d.facility.names.join(' / ')}` : d.facility.hex;
  const flags = (['R', 'C', 'N', 'X'] as const).filter((b) => d.bits[b] === 1).map((b) => `${b}=1`);
  return [
    d.hex,
    d.severity === 'failure' ? L.failure : L.success,
    `${L.facility} ${facility}`,
    `${L.code} ${d.codeHex}`,
    ...(d.win32 !== undefined ? [`${L.win32} ${d.win32}`] : []),
    ...flags,
    `${d.signed}`,
    `${d.unsigned}`,
  ].join(' · ');
}

function _formatMatch(m: Match, lang: Language, s: ReturnType<typeof styles>): string {
  const L = _LABELS[lang];
  const lines = [`${s.bold(m.code)}  ${s.bold(s.cyan(m.name))}  ${s.dim(`(${CATALOG_LABELS[m.catalog][lang]})`)}`];
  lines.push(`  ${m.description[lang]}`);
  lines.push(`  ${s.dim(L.component + ':')} ${COMPONENTS[m.component][lang]}`);
  if (m.twin) lines.push(`  ${s.dim(L.twin + ':')} ${m.twin.code} ${m.twin.name}`);
  for (const note of m.notes ?? []) lines.push(`  ${s.yellow(L.note + ':')} ${note[lang]}`);
  if (m.matchedBy === 'alias-code' || m.matchedBy === 'alias-name') lines.push(`  ${s.dim('(' + L.alias + ')')}`);
  if (m.form !== undefined && m.form !== 'hex') lines.push(`  ${s.dim(L.reading + ' ' + L.forms[m.form])}`);
  return lines.join('\n');
}

/** The text block for one lookup result. */
export function formatResult(r: LookupResult, lang: Language, color: boolean): string {
  const s = styles(color);
  const L = _LABELS[lang];
  if (r.error !== undefined) return '';
  const blocks = r.matches.map((m) => _formatMatch(m, lang, s));
  if (r.matches.length === 0) blocks.push(`${s.red('✗')} ${JSON.stringify(r.input)}: ${r.decoded ? L.unknown : L.noMatch(r.input)}`);
  if (r.decoded) blocks.push(`  ${s.dim(L.decoded + ':')} ${formatDecoded(r.decoded, lang)}`);
  const unknownReadings = (r.interpretations ?? []).filter((i) => !i.known && i.code !== r.decoded?.hex);
  if (unknownReadings.length) blocks.push(`  ${s.dim(L.others + ':')} ${unknownReadings.map((i) => `${i.code} (${L.forms[i.form]})`).join(', ')}`);
  return blocks.join('\n') + '\n';
}
