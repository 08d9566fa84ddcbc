// KQL export: the catalog as a `datatable`, ready to join with Log Analytics or Azure Data Explorer data.

import { cellOf, exportColumns, toExportRow, type ExportColumn, type ExportOptions } from './rows.js';
import type { CatalogEntry } from '../types.js';

/** How the datatable is wrapped. */
export const KQL_FORMS = ['let', 'function', 'datatable'] as const;
/**
 * `let`: a `let WuerrCodes = datatable(...)[...];` statement followed by `WuerrCodes`, runnable as is;
 * `function`: a `.create-or-alter function` command that stores `WuerrCodes()` in a database;
 * `datatable`: the bare expression, to paste as the body of a saved Log Analytics function.
 */
export type KqlForm = (typeof KQL_FORMS)[number];

/** Options of the KQL export. */
export interface KqlExportOptions extends ExportOptions {
  readonly form?: KqlForm;
  /** The name of the `let` variable or stored function; default `WuerrCodes`. */
  readonly name?: string;
}

const _ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A KQL string literal in single quotes: backslash, quote and control characters escaped, everything else
 * (umlauts, asterisks, typographic quotes) as is.
 * @example kqlString("it's C:\\Windows") //=> "'it\\'s C:\\\\Windows'"
 */
export function kqlString(text: string): string {
  return (
    "'" +
    text.replace(/[\\'\u0000-\u001f\u007f]/g, (ch) => _ESCAPES[ch] ?? '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0')) +
    "'"
  );
}

function _kqlType(column: ExportColumn): string {
  return column.type === 'integer' ? 'long' : 'string';
}

function _kqlCell(value: string | number | null): string {
  if (typeof value === 'number') return `long(${value})`;
  return kqlString(value ?? '');
}

/** A KQL identifier must start with a letter or underscore and hold only letters, digits and underscores. */
function _checkName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new RangeError(`KQL name ${JSON.stringify(name)} must match [A-Za-z_][A-Za-z0-9_]*`);
  return name;
}

/**
 * The datatable expression alone: schema, then one line of values per entry.
 * Absent twins are empty strings, since KQL string columns hold no nulls.
 */
export function kqlDatatable(entries: readonly CatalogEntry[], options: ExportOptions = {}, indent = ''): string {
  const columns = exportColumns(options);
  const schema = columns.map((c) => `${c.kql}:${_kqlType(c)}`).join(', ');
  const lines = entries.map((entry, i) => {
    const row = toExportRow(entry, options);
    const cells = columns.map((c) => _kqlCell(cellOf(row, c))).join(', ');
    return `${indent}    ${cells}${i < entries.length - 1 ? ',' : ''}`;
  });
  return `datatable(${schema})\n${indent}[\n${lines.join('\n')}${lines.length ? '\n' : ''}${indent}]`;
}

/**
 * The catalog entries as KQL, wrapped as `options.form` says (default `let`).
 * @example formatKql(getCatalogEntries('intune')).startsWith('// wuerr') //=> true
 */
export function formatKql(entries: readonly CatalogEntry[], options: KqlExportOptions = {}): string {
  const name = _checkName(options.name ?? 'WuerrCodes');
  const form = options.form ?? 'let';
  const header =
    `// wuerr: ${entries.length} Intune and Windows Update agent error codes.\n` +
    `// ErrorCode is the signed 32-bit value (as Log Analytics stores error codes); Hex is 0x + 8 uppercase digits.\n`;
  switch (form) {
    case 'let':
      return `${header}let ${name} = ${kqlDatatable(entries, options)};\n${name}\n`;
    case 'datatable':
      return `${header}${kqlDatatable(entries, options)}\n`;
    case 'function':
      return (
        `${header}.create-or-alter function with (folder = 'wuerr', docstring = 'Intune and Windows Update agent error codes') ${name}()\n` +
        `{\n    ${kqlDatatable(entries, options, '    ')}\n}\n`
      );
    default:
      return form satisfies never;
  }
}

/**
 * An example query: Windows Update for Business reports alerts (UCClientUpdateAlert, UCDeviceAlert) with each
 * error code explained. Their ErrorCode column is a string that may hold a signed or unsigned decimal or a hex
 * code, and an extended code after an underscore; the query normalises it to the export's Hex form for the lookup.
 * @param options the same `lang` and `name` the datatable was exported with
 */
export function kqlExampleQuery(options: KqlExportOptions = {}): string {
  const name = _checkName(options.name ?? 'WuerrCodes');
  const description = options.lang === undefined ? 'DescriptionEn, DescriptionDe' : 'Description';
  return `union UCClientUpdateAlert, UCDeviceAlert
| where TimeGenerated > ago(7d) and isnotempty(ErrorCode)
| extend BaseCode = tostring(split(ErrorCode, '_')[0])
| extend IsHex = BaseCode startswith '0x' or BaseCode startswith '0X'
| extend CodeValue = iff(IsHex, long(null), tolong(BaseCode))
| extend Hex = iff(IsHex, strcat('0x', toupper(substring(BaseCode, 2))),
    strcat('0x', toupper(tohex(iff(CodeValue < 0, CodeValue + 4294967296, CodeValue), 8))))
| lookup kind=leftouter ${name} on Hex
| summarize Devices = dcount(AzureADDeviceId), Alerts = count() by Hex, Name, Component, ${description}, TwinName
| order by Devices desc
`;
}

/**
 * A complete script: the `let` statement with the datatable, then the example query in place of the bare table name.
 * @example formatKqlExample(getCatalogEntries('intune')).includes('lookup kind=leftouter WuerrCodes on Hex') //=> true
 */
export function formatKqlExample(entries: readonly CatalogEntry[], options: KqlExportOptions = {}): string {
  const name = _checkName(options.name ?? 'WuerrCodes');
  return `let ${name} = ${kqlDatatable(entries, options)};\n${kqlExampleQuery(options)}`;
}
