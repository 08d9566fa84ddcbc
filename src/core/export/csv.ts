// RFC 4180 CSV: the catalog export, plus a record writer and a reader any wuerr surface can reuse.

import { cellOf, exportColumns, toExportRow, type ExportOptions } from './rows.js';
import type { CatalogEntry } from '../types.js';

/** A value a CSV field can hold; `null` and `undefined` become an empty field. */
export type CsvValue = string | number | boolean | null | undefined;

/** The byte order mark Excel needs to read UTF-8 CSV as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * One field, quoted only when it must be (comma, quote, CR or LF inside), quotes doubled.
 * @example csvField('say "hi", then') //=> '"say ""hi"", then"'
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/**
 * One record, fields joined by commas, ended by CRLF.
 * @example csvRecord(['0x80240022', 42, null]) //=> '0x80240022,42,\r\n'
 */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** Options of a CSV document. */
export interface CsvDocumentOptions {
  /** Start with a UTF-8 byte order mark, for Excel. */
  readonly bom?: boolean;
}

/**
 * A whole CSV document: a header record, then one record per row.
 * @example toCsvDocument(['a', 'b'], [[1, 'x']]) //=> 'a,b\r\n1,x\r\n'
 */
export function toCsvDocument(header: readonly string[], rows: Iterable<readonly CsvValue[]>, options: CsvDocumentOptions = {}): string {
  const parts = [options.bom ? UTF8_BOM : '', csvRecord(header)];
  for (const row of rows) parts.push(csvRecord(row));
  return parts.join('');
}

/** Options of the catalog CSV export. */
export interface CsvExportOptions extends ExportOptions, CsvDocumentOptions {}

/**
 * The catalog entries as CSV, one header record (snake_case column names) and one record per entry.
 * @example formatCsv(getCatalogEntries('intune')).startsWith('error_code,hex,name,') //=> true
 */
export function formatCsv(entries: readonly CatalogEntry[], options: CsvExportOptions = {}): string {
  const columns = exportColumns(options);
  const rows = entries.map((entry) => {
    const row = toExportRow(entry, options);
    return columns.map((column) => cellOf(row, column));
  });
  return toCsvDocument(
    columns.map((c) => c.key),
    rows,
    options,
  );
}

/** The result of reading CSV: the records, or where it stopped making sense. */
export type CsvParseResult =
  | { readonly ok: true; readonly records: readonly (readonly string[])[] }
  | { readonly ok: false; readonly error: string };

/**
 * Reads RFC 4180 CSV (CRLF or LF line ends, an optional leading BOM) into records of strings.
 * @example parseCsv('a,"b ""c"""\r\n') //=> { ok: true, records: [['a', 'b "c"']] }
 */
export function parseCsv(text: string): CsvParseResult {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = text.startsWith(UTF8_BOM) ? 1 : 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          return { ok: false, error: `unexpected ${JSON.stringify(next)} after a closing quote at offset ${i + 1}` };
        }
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === '"') {
      return { ok: false, error: `a quote inside an unquoted field at offset ${i}` };
    } else if (ch === ',') {
      record.push(field);
      field = '';
      fieldStarted = false;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
    } else {
      field += ch;
      fieldStarted = true;
    }
    i++;
  }
  if (quoted) return { ok: false, error: 'a quoted field is not closed at the end of the text' };
  if (fieldStarted || field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return { ok: true, records };
}
