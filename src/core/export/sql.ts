// SQL export: CREATE TABLE plus INSERT statements for SQLite and PostgreSQL.

import { cellOf, exportColumns, toExportRow, type ExportColumn, type ExportOptions } from './rows.js';
import type { CatalogEntry } from '../types.js';

/** The SQL dialects wuerr writes. */
export const SQL_DIALECTS = ['sqlite', 'postgres'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** Options of the SQL export. */
export interface SqlExportOptions extends ExportOptions {
  readonly dialect?: SqlDialect;
  /** Table name; default `wuerr_codes`. */
  readonly table?: string;
  /** Rows per INSERT statement; default 100. */
  readonly batch?: number;
}

/**
 * A standard SQL string literal: single quotes doubled, nothing else escaped. Correct for SQLite and for
 * PostgreSQL with `standard_conforming_strings = on` (which the PostgreSQL script sets). NUL cannot be stored.
 * @example sqlString("it's C:\\Windows") //=> "'it''s C:\\Windows'"
 */
export function sqlString(text: string): string {
  if (text.includes('\u0000')) throw new RangeError('SQL text cannot hold a NUL character');
  return "'" + text.replace(/'/g, "''") + "'";
}

function _sqlType(column: ExportColumn, dialect: SqlDialect): string {
  if (column.type === 'integer') return dialect === 'postgres' ? 'integer NOT NULL' : 'INTEGER NOT NULL';
  const text = dialect === 'postgres' ? 'text' : 'TEXT';
  return column.type === 'text' ? `${text} NOT NULL` : text;
}

function _sqlCell(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`SQL integer expected, got ${value}`);
    return String(value);
  }
  return sqlString(value);
}

function _checkTable(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new RangeError(`SQL table name ${JSON.stringify(name)} must match [a-z_][a-z0-9_]*`);
  return name;
}

/**
 * The catalog entries as an SQL script: drop and create the table, then insert every row in one transaction.
 * `error_code` (signed 32-bit) is the primary key; `hex` is unique too.
 * @example formatSql(getCatalogEntries('intune'), { dialect: 'postgres' }).includes('standard_conforming_strings') //=> true
 */
export function formatSql(entries: readonly CatalogEntry[], options: SqlExportOptions = {}): string {
  const dialect = options.dialect ?? 'sqlite';
  const table = _checkTable(options.table ?? 'wuerr_codes');
  const batch = Math.max(1, Math.floor(options.batch ?? 100));
  const columns = exportColumns(options);
  const out: string[] = [`-- wuerr: ${entries.length} Intune and Windows Update agent error codes (${dialect}).\n`];
  if (dialect === 'postgres') out.push("SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n");
  out.push('BEGIN;\n', `DROP TABLE IF EXISTS ${table};\n`, `CREATE TABLE ${table} (\n`);
  out.push(columns.map((c) => `  ${c.key} ${_sqlType(c, dialect)}`).join(',\n'));
  out.push(`,\n  PRIMARY KEY (error_code),\n  UNIQUE (hex)\n);\n`);
  const names = columns.map((c) => c.key).join(', ');
  for (let start = 0; start < entries.length; start += batch) {
    const values = entries.slice(start, start + batch).map((entry) => {
      const row = toExportRow(entry, options);
      return '(' + columns.map((c) => _sqlCell(cellOf(row, c))).join(', ') + ')';
    });
    out.push(`INSERT INTO ${table} (${names}) VALUES\n${values.join(',\n')};\n`);
  }
  out.push('COMMIT;\n');
  return out.join('');
}
