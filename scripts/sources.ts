// Readers for the upstream files in data/sources: the seed table and the reference TSVs.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SOURCES = ROOT + 'data/sources/';
export const SEED_FILE = SOURCES + 'intune-update-agent-errors.de.md';

/** One row of the seed's markdown table, with its German text cleaned up but not reworded. */
export interface SeedRow {
  readonly code: number;
  readonly name: string;
  readonly de: string;
  readonly line: number;
}

const _ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities a docs page uses (`&#42;`, `&#x2A;`, `&amp;` …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const n = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return _ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Markdown cell text to plain text: emphasis markers go first (so a decoded `&#42;` stays a literal asterisk), then entities, then white space. */
export function cleanCell(cell: string): string {
  const withoutEmphasis = cell.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?=$|[^*\w])/g, '$1$2');
  return decodeEntities(withoutEmphasis).replace(/\s+/g, ' ').trim();
}

/**
 * Reads the seed's error table. Throws when it finds no rows, or a row it cannot read.
 */
export function readSeedRows(text: string = readFileSync(SEED_FILE, 'utf8')): SeedRow[] {
  const rows: SeedRow[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!/^\|\s*\*\*0x/i.test(line)) return;
    const m = /^\|\s*\*\*0x([0-9a-f]{8})\*\*\s*\|\s*([A-Z][A-Z0-9_]+)\s*\|(.*)\|\s*$/i.exec(line);
    if (!m) throw new Error(`seed line ${index + 1} is a table row that cannot be read: ${line}`);
    rows.push({ code: parseInt(m[1]!, 16) >>> 0, name: m[2]!, de: cleanCell(m[3]!), line: index + 1 });
  });
  if (rows.length === 0) throw new Error(`no table rows found in ${SEED_FILE}`);
  return rows;
}

/** Reads a tab-separated file with a header line into records. Throws on an empty file or a short row. */
export function readTsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(SOURCES + file, 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
  if (header === undefined || lines.length === 0) throw new Error(`${file} has no rows`);
  const columns = header.split('\t');
  return lines.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== columns.length) throw new Error(`${file} line ${i + 2} has ${cells.length} cells, expected ${columns.length}`);
    return Object.fromEntries(columns.map((c, j) => [c, cells[j]!]));
  });
}
