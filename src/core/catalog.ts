// The typed, read-only catalogs and their indexes by code and by name, built once on first use.

import { CATALOG_ROWS, CATALOG_TEXTS } from './_data/catalog.generated.js';
import { facilityNames, facilityOf, formatFacilityHex, formatHex } from './hresult.js';
import type { CatalogEntry, CatalogId, CatalogIndexRow, CatalogTexts } from './types.js';

/** The order catalogs are consulted in: Intune first, then Windows Update. */
export const CATALOG_ORDER: Readonly<Record<CatalogId, number>> = { intune: 0, 'windows-update': 1 };

/** How an index entry was reached: by the entry's own code or name, or by an older alias. */
export interface IndexHit {
  readonly entry: CatalogEntry;
  readonly alias: boolean;
}

interface _Indexes {
  readonly byCode: ReadonlyMap<number, readonly number[]>;
  readonly byName: ReadonlyMap<string, number>;
  readonly nameOf: ReadonlyMap<number, string>;
}

let _indexes: _Indexes | undefined;
// Entries are built on first touch: a one-shot lookup pays for the entry it prints, not for all of them.
const _entryCache: (CatalogEntry | undefined)[] = [];
const _hitCache = new Map<number, IndexHit>();
const _hitsByCode = new Map<number, readonly IndexHit[]>();
let _all: readonly CatalogEntry[] | undefined;

function _toEntry(row: CatalogIndexRow, texts: CatalogTexts, nameOf: ReadonlyMap<number, string>): CatalogEntry {
  const facility = facilityOf(row.code);
  const twinName = row.twin === undefined ? undefined : nameOf.get(row.twin);
  const entry: CatalogEntry = {
    value: row.code,
    code: formatHex(row.code),
    name: row.name,
    catalog: row.catalog,
    severity: row.code >>> 31 ? 'error' : 'success',
    facility: {
      number: facility,
      hex: formatFacilityHex(facility),
      name: facilityNames(facility).join(' / '),
    },
    component: row.component,
    description: { de: texts.de, en: texts.en },
    descriptionSource: { de: row.deSource, en: 'wuerr' },
    ...(texts.notes ? { notes: texts.notes } : {}),
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
  const nameOf = new Map<number, string>();
  const byCode = new Map<number, number[]>();
  const byName = new Map<string, number>();
  // Index values encode the row and whether it was reached by an alias: row * 2 + alias.
  const addCode = (code: number, slot: number): void => {
    const list = byCode.get(code);
    if (list) list.push(slot);
    else byCode.set(code, [slot]);
  };
  CATALOG_ROWS.forEach((row, i) => {
    nameOf.set(row.code, row.name);
    addCode(row.code, i * 2);
    byName.set(row.name, i * 2);
    for (const code of row.aliasCodes ?? []) addCode(code, i * 2 + 1);
  });
  CATALOG_ROWS.forEach((row, i) => {
    for (const name of row.aliasNames ?? []) if (!byName.has(name)) byName.set(name, i * 2 + 1);
  });
  const order = (slot: number): number => CATALOG_ORDER[CATALOG_ROWS[slot >> 1]!.catalog] * 2 + (slot & 1);
  for (const list of byCode.values()) list.sort((a, b) => order(a) - order(b));
  return { byCode, byName, nameOf };
}

function _get(): _Indexes {
  return (_indexes ??= _build());
}

function _entry(row: number): CatalogEntry {
  let entry = _entryCache[row];
  if (entry === undefined) _entryCache[row] = entry = _toEntry(CATALOG_ROWS[row]!, JSON.parse(CATALOG_TEXTS[row]!) as CatalogTexts, _get().nameOf);
  return entry;
}

function _hit(slot: number): IndexHit {
  let hit = _hitCache.get(slot);
  if (hit === undefined) _hitCache.set(slot, (hit = Object.freeze({ entry: _entry(slot >> 1), alias: (slot & 1) === 1 })));
  return hit;
}

/**
 * Every catalog entry, Intune first, each catalog sorted by code.
 * @example getCatalog().length //=> 688
 */
export function getCatalog(): readonly CatalogEntry[] {
  return (_all ??= Object.freeze(CATALOG_ROWS.map((_, i) => _entry(i))));
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
  const code = value >>> 0;
  let hits = _hitsByCode.get(code);
  if (hits === undefined) {
    const slots = _get().byCode.get(code);
    if (slots === undefined) return _EMPTY;
    _hitsByCode.set(code, (hits = Object.freeze(slots.map(_hit))));
  }
  return hits;
}

/**
 * The entry with this symbolic name or an older spelling of it, in any letter case.
 * @example findByName('om_e_no_service')?.entry.code //=> '0x80CF0001'
 */
export function findByName(name: string): IndexHit | undefined {
  const { byName } = _get();
  const slot = byName.get(name) ?? byName.get(name.toUpperCase());
  return slot === undefined ? undefined : _hit(slot);
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
