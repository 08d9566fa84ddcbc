// wuerr's library entry: parse, decode, look up, and the typed read-only catalogs. Browser-safe.

export { COMPONENTS, componentFromName, isComponentId } from './core/components.js';
export type { ComponentId } from './core/components.js';
export { decodeHresult, facilityNames, formatHex, toSigned, toUnsigned } from './core/hresult.js';
export type { DecodedCode } from './core/hresult.js';
export { ACCEPTED_FORMS, parseCodeInput } from './core/parse.js';
export type { CodeCandidate, CodeForm, ParsedInput } from './core/parse.js';
export { CATALOG_ORDER, findByCode, findByName, findByNamePart, getCatalog, getCatalogEntries } from './core/catalog.js';
export type { IndexHit } from './core/catalog.js';
export { lookup } from './core/lookup.js';
export type { Interpretation, LookupResult, Match, MatchedBy } from './core/lookup.js';
export { prepareSearchIndex, SEARCH_LIMITS, searchCatalog } from './core/search.js';
export type { SearchHit, SearchOptions } from './core/search.js';
export { CATALOG_IDS, LANGUAGES } from './core/types.js';
export type { Bilingual, CatalogEntry, CatalogId, CodeRef, GermanSource, Language } from './core/types.js';
