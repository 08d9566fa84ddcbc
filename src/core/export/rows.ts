// The flat table every export writes: one row per catalog entry, the same columns in every format.

import { getCatalog, getCatalogEntries } from '../catalog.js';
import { toSigned } from '../hresult.js';
import type { CatalogEntry, CatalogId, Language } from '../types.js';

/** Which catalogs an export covers. */
export const EXPORT_CATALOGS = ['all', 'intune', 'windows-update'] as const;
export type ExportCatalog = (typeof EXPORT_CATALOGS)[number];

/** Options every format shares. */
export interface ExportOptions {
  /** One `description` column in this language; without it, `description_de` and `description_en`. */
  readonly lang?: Language;
}

/** One exported row. Absent twins are `null`, so every row has every column. */
export interface ExportRow {
  /** The code as a signed 32-bit number, the way Log Analytics and PowerShell show it. */
  readonly error_code: number;
  /** `0x` + 8 uppercase hex digits. */
  readonly hex: string;
  readonly name: string;
  readonly catalog: CatalogId;
  readonly component: string;
  readonly description?: string;
  readonly description_de?: string;
  readonly description_en?: string;
  readonly twin_hex: string | null;
  readonly twin_name: string | null;
}

/** The type a column holds; every format maps these to its own types. */
export type ColumnType = 'integer' | 'text' | 'nullable-text';

/** A column of the export table: its snake_case name (SQL, CSV, JSON) and its PascalCase name (KQL). */
export interface ExportColumn {
  readonly key: keyof ExportRow;
  readonly kql: string;
  readonly type: ColumnType;
}

const _HEAD: readonly ExportColumn[] = [
  { key: 'error_code', kql: 'ErrorCode', type: 'integer' },
  { key: 'hex', kql: 'Hex', type: 'text' },
  { key: 'name', kql: 'Name', type: 'text' },
  { key: 'catalog', kql: 'Catalog', type: 'text' },
  { key: 'component', kql: 'Component', type: 'text' },
];
const _TAIL: readonly ExportColumn[] = [
  { key: 'twin_hex', kql: 'TwinHex', type: 'nullable-text' },
  { key: 'twin_name', kql: 'TwinName', type: 'nullable-text' },
];

/**
 * The columns of an export, in order.
 * @example exportColumns({ lang: 'de' }).map((c) => c.key) //=> ['error_code', 'hex', 'name', 'catalog', 'component', 'description', 'twin_hex', 'twin_name']
 */
export function exportColumns(options: ExportOptions = {}): readonly ExportColumn[] {
  const descriptions: readonly ExportColumn[] =
    options.lang === undefined
      ? [
          { key: 'description_de', kql: 'DescriptionDe', type: 'text' },
          { key: 'description_en', kql: 'DescriptionEn', type: 'text' },
        ]
      : [{ key: 'description', kql: 'Description', type: 'text' }];
  return [..._HEAD, ...descriptions, ..._TAIL];
}

/**
 * Flattens one catalog entry into an export row.
 * @example toExportRow(findByName('WU_E_NO_SERVICE')!.entry, { lang: 'en' }).error_code //=> -2145124351
 */
export function toExportRow(entry: CatalogEntry, options: ExportOptions = {}): ExportRow {
  const base = {
    error_code: toSigned(entry.value),
    hex: entry.code,
    name: entry.name,
    catalog: entry.catalog,
    component: entry.component,
  };
  const twin = { twin_hex: entry.twin?.code ?? null, twin_name: entry.twin?.name ?? null };
  return options.lang === undefined
    ? { ...base, description_de: entry.description.de, description_en: entry.description.en, ...twin }
    : { ...base, description: entry.description[options.lang], ...twin };
}

/**
 * The catalog entries an export covers, in catalog order (Intune first, each sorted by code).
 * @example selectEntries('intune').every((e) => e.catalog === 'intune') //=> true
 */
export function selectEntries(catalog: ExportCatalog = 'all'): readonly CatalogEntry[] {
  return catalog === 'all' ? getCatalog() : getCatalogEntries(catalog);
}

/** A row's value for a column, as the formats see it. */
export function cellOf(row: ExportRow, column: ExportColumn): string | number | null {
  const value = row[column.key];
  return value === undefined ? null : value;
}
