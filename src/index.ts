// wuerr's library entry: parse, decode, look up, and the typed read-only catalogs. Browser-safe.

export { COMPONENTS, componentFromName, isComponentId } from './core/components.js';
export type { ComponentId } from './core/components.js';
export { decodeHresult, facilityNames, formatHex, toSigned, toUnsigned } from './core/hresult.js';
export type { DecodedCode } from './core/hresult.js';
export { ACCEPTED_FORMS, parseCodeInput } from './core/parse.js';
export type { CodeCandidate, CodeForm, ParsedInput } from './core/parse.js';
export { CATALOG_ORDER, findByCode, findByName, findByNamePart, getCatalog, getCatalogEntries } from './core/catalog.js';
export type { IndexHit } from './core/catalog.js';
export { exportCatalog, EXPORT_FORMATS } from './core/export/index.js';
export type { CatalogExportOptions, ExportFormat } from './core/export/index.js';
export { csvField, csvRecord, formatCsv, parseCsv, toCsvDocument, UTF8_BOM } from './core/export/csv.js';
export type { CsvDocumentOptions, CsvExportOptions, CsvParseResult, CsvValue } from './core/export/csv.js';
export { formatJson, formatNdjson } from './core/export/json.js';
export { formatKql, formatKqlExample, KQL_FORMS, kqlDatatable, kqlExampleQuery, kqlString } from './core/export/kql.js';
export type { KqlExportOptions, KqlForm } from './core/export/kql.js';
export { EXPORT_CATALOGS, exportColumns, selectEntries, toExportRow } from './core/export/rows.js';
export type { ExportCatalog, ExportColumn, ExportOptions, ExportRow } from './core/export/rows.js';
export { formatSql, SQL_DIALECTS, sqlString } from './core/export/sql.js';
export type { SqlDialect, SqlExportOptions } from './core/export/sql.js';
export { createReportCollector, escapeHtml, renderHtmlReport } from './core/report.js';
export type { HourBucket, ReportCollector, ReportInput, ReportStats } from './core/report.js';
export { lookup } from './core/lookup.js';
export type { Interpretation, LookupResult, Match, MatchedBy } from './core/lookup.js';
export { prepareSearchIndex, SEARCH_LIMITS, searchCatalog } from './core/search.js';
export type { SearchHit, SearchOptions } from './core/search.js';
export { CATALOG_IDS, LANGUAGES } from './core/types.js';
export type { Bilingual, CatalogEntry, CatalogId, CodeRef, GermanSource, Language } from './core/types.js';
