// JSON and NDJSON exports of the catalog: the same flat rows as every other format.

import { toExportRow, type ExportOptions, type ExportRow } from './rows.js';
import type { CatalogEntry } from '../types.js';

/**
 * The catalog entries as one JSON array of rows, indented by two spaces, ending with a newline.
 * @example JSON.parse(formatJson(getCatalogEntries('intune'))).length //=> 209
 */
export function formatJson(entries: readonly CatalogEntry[], options: ExportOptions = {}): string {
  const rows: ExportRow[] = entries.map((entry) => toExportRow(entry, options));
  return JSON.stringify(rows, null, 2) + '\n';
}

/**
 * The catalog entries as newline-delimited JSON: one compact row per line, each line ending with LF.
 * @example formatNdjson(getCatalogEntries('intune')).split('\n').length //=> 210
 */
export function formatNdjson(entries: readonly CatalogEntry[], options: ExportOptions = {}): string {
  let out = '';
  for (const entry of entries) out += JSON.stringify(toExportRow(entry, options)) + '\n';
  return out;
}
