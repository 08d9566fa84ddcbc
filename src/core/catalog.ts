// The typed, read-only catalogs and their indexes by code and by name, built once on first use.

import { CATALOG_ROWS } from './_data/catalog.generated.js';
import { facilityNames, formatHex } from './hresult.js';
import type { CatalogEntry, CatalogId, CatalogRow } from './types.js';

/** The order catalogs are consulted in: Intune first, then Windows Update. */
export const CATALOG_ORDER: Readonly<Record<CatalogId, number>> = { intune: 0, 'windows-update': 1 };

/** How an index entry was reached: by the entry's own code or name, or by an older alias. */
export interface IndexHit {
  readonly entry: CatalogEntry;
  readonly alias: boolean;
}

interface _Indexes {
  readonly entries: readonly CatalogEntry[];
  readonly byCode: ReadonlyMap<number, readonly IndexHit[]>;
  readonly byName: ReadonlyMap<string, IndexHit>;
}

let _indexes: _Indexes | undefined;

function _toEntry(row: CatalogRow, nameOf: ReadonlyMap<number, string>): CatalogEntry {
  const facility = (row.code >>> 16) & 0x7ff;
  const twinName = row.twin === undefined ? undefined : nameOf.get(row.twin);
  const entry: CatalogEntry = {
    value: row.code,
    code: formatHex(row.code),
    name: row.name,
    catalog: row.catalog,
    severity: row.code >>> 31 ? 'error' : 'success',
    facility: {
      number: facility,
      hex: '0x' + facility.toString(16).toUpperCase().padStart(3, '0'),
      name: facilityNames(facility).join(' / '),
    },
    component: row.component,
    description: { de: row.de, en: row.en },
    descriptionSource: { de: row.deSource, en: 'wuerr' },
    ...(row.notes ? { notes: row.notes } : {}),
    ...(row.aliasNames || row.aliasCodes
      ? {
          aliases: {
            ...(row.aliasNames ? { names: row.aliasNames } : {}),
            ...(row.aliasCodes ? { codes: row.aliasCodes.map(formatHex) } : {}),
          },
        }
      : {}),
    ...(row.twin !== undefined && twinName !== undefined ? { twin: { code: formatHex(row.twin), name: twinName } } : {}),
  };
  return Object.freeze(entry);
}

function _build(): _Indexes {
  const nameOf = new Map<number, string>(CATALOG_ROWS.map((r) => [r.code, r.name]));
  const entries = Object.freeze(CATALOG_ROWS.map((row) => _toEntry(row, nameOf)));
  const byCode = new Map<number, IndexHit[]>();
  const byName = new Map<string, IndexHit>();
  const addCode = (code: number, hit: IndexHit): void => {
    const list = byCode.get(code);
    if (list) list.push(hit);
    else byCode.set(code, [hit]);
  };
  entries.forEach((entry, i) => {
    const row = CATALOG_ROWS[i]!;
    addCode(entry.value, { entry, alias: false });
    byName.set(entry.name, { entry, alias: false });
    for (const code of row.aliasCodes ?? []) addCode(code, { entry, alias: true });
    for (const name of row.aliasNames ?? []) if (!byName.has(name)) byName.set(name, { entry, alias: true });
  });
  for (const list of byCode.values()) list.sort((a, b) => CATALOG_ORDER[a.entry.catalog] - CATALOG_ORDER[b.entry.catalog] || Number(a.alias) - Number(b.alias));
  return { entries, byCode, byName };
}

function _get(): _Indexes {
  return (_indexes ??= _build());
}

/**
 * Every catalog entry, Intune first, each catalog sorted by code.
 * @example getCatalog().length //=> 688
 */
export function getCatalog(): readonly CatalogEntry[] {
  return _get().entries;
}

/** The entries of one catalog. */
export function getCatalogEntries(catalog: CatalogId): readonly CatalogEntry[] {
  return getCatalog().filter((e) => e.catalog === catalog);
}

/**
 * The entries a value stands for, in lookup order (an older alias value also finds its entry).
 * @example findByCode(0x80cf4017)[0]?.entry.name //=> 'OM_E_PT_HTTP_STATUS_DENIED'
 */
export function findByCode(value: number): readonly IndexHit[] {
  return _get().byCode.get(value >>> 0) ?? _EMPTY;
}

/**
 * The entry with this symbolic name or an older spelling of it, in any letter case.
 * @example findByName('om_e_no_service')?.entry.code //=> '0x80CF0001'
 */
export function findByName(name: string): IndexHit | undefined {
  const { byName } = _get();
  return byName.get(name) ?? byName.get(name.toUpperCase());
}

/** Entries whose name (or an older spelling) contains the text, in any letter case, in catalog order. */
export function findByNamePart(text: string): readonly IndexHit[] {
  const needle = text.toUpperCase();
  if (needle === '') return _EMPTY;
  const hits: IndexHit[] = [];
  for (const entry of getCatalog()) {
    if (entry.name.includes(needle)) hits.push({ entry, alias: false });
    else if (entry.aliases?.names?.some((n) => n.includes(needle))) hits.push({ entry, alias: true });
  }
  return hits;
}

const _EMPTY: readonly IndexHit[] = Object.freeze([]);
