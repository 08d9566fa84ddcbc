// The shapes shared by the catalog, lookup and every surface.

import type { ComponentId } from './components.js';

/** The catalogs wuerr knows, in lookup order. */
export const CATALOG_IDS = ['intune', 'windows-update'] as const;
/** Which catalog an entry comes from. */
export type CatalogId = (typeof CATALOG_IDS)[number];

/** What each catalog is called, in both languages, for every surface that names it. */
export const CATALOG_LABELS: Readonly<Record<CatalogId, Bilingual>> = {
  intune: { en: 'Intune update agent', de: 'Intune-Update-Agent' },
  'windows-update': { en: 'Windows Update agent', de: 'Windows Update-Agent' },
};

/** A language wuerr writes in. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text in both languages. */
export interface Bilingual {
  readonly de: string;
  readonly en: string;
}

/** Where an entry's German description comes from. */
export type GermanSource = 'seed' | 'seed-twin' | 'wuerr';

/** The texts of one catalog row; the generated module keeps them apart so they are parsed only when an entry is used. */
export interface CatalogTexts {
  readonly de: string;
  readonly en: string;
  readonly notes?: readonly Bilingual[];
}

/** The index part of a catalog row as the generated data module stores it. */
export type CatalogIndexRow = Omit<CatalogRow, 'de' | 'en' | 'notes'>;

/** One catalog entry as the catalog build produces it (compact; see `CatalogEntry` for the public shape). */
export interface CatalogRow {
  readonly code: number;
  readonly name: string;
  readonly catalog: CatalogId;
  readonly component: ComponentId;
  readonly de: string;
  readonly en: string;
  readonly deSource: GermanSource;
  readonly notes?: readonly Bilingual[];
  /** Other spellings of the name, from older header versions. */
  readonly aliasNames?: readonly string[];
  /** Other values the name had in older header versions. */
  readonly aliasCodes?: readonly number[];
  /** The twin's code in the other catalog. */
  readonly twin?: number;
}

/** A reference to a code in the other catalog. */
export interface CodeRef {
  /** `0x` + 8 uppercase hex digits. */
  readonly code: string;
  readonly name: string;
}

/** One entry of a catalog. */
export interface CatalogEntry {
  /** Unsigned 32-bit value. */
  readonly value: number;
  /** `0x` + 8 uppercase hex digits. */
  readonly code: string;
  readonly name: string;
  readonly catalog: CatalogId;
  readonly severity: 'success' | 'error';
  readonly facility: { readonly number: number; readonly hex: string; readonly name: string };
  readonly component: ComponentId;
  readonly description: Bilingual;
  /** Where the German description comes from: the seed table, the seed text of the Intune twin, or wuerr's own. */
  readonly descriptionSource: { readonly de: GermanSource; readonly en: 'wuerr' };
  readonly notes?: readonly Bilingual[];
  readonly aliases?: { readonly names?: readonly string[]; readonly codes?: readonly string[] };
  readonly twin?: CodeRef;
}
