// One entry point for every catalog export format.

import { formatCsv } from './csv.js';
import { formatJson, formatNdjson } from './json.js';
import { formatKql, type KqlForm } from './kql.js';
import { selectEntries, type ExportCatalog, type ExportOptions } from './rows.js';
import { formatSql, type SqlDialect } from './sql.js';

/** The formats `wuerr export` writes. */
export const EXPORT_FORMATS = ['kql', 'sql', 'csv', 'json', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Everything one export needs; options that do not apply to the format are ignored. */
export interface CatalogExportOptions extends ExportOptions {
  readonly format: ExportFormat;
  readonly catalog?: ExportCatalog;
  readonly dialect?: SqlDialect;
  readonly kqlForm?: KqlForm;
  readonly bom?: boolean;
}

/**
 * The chosen catalogs in the chosen format.
 * @example exportCatalog({ format: 'json', catalog: 'intune' }).startsWith('[') //=> true
 */
export function exportCatalog(options: CatalogExportOptions): string {
  const entries = selectEntries(options.catalog ?? 'all');
  const lang = options.lang === undefined ? {} : { lang: options.lang };
  switch (options.format) {
    case 'kql':
      return formatKql(entries, { ...lang, ...(options.kqlForm ? { form: options.kqlForm } : {}) });
    case 'sql':
      return formatSql(entries, { ...lang, ...(options.dialect ? { dialect: options.dialect } : {}) });
    case 'csv':
      return formatCsv(entries, { ...lang, bom: options.bom === true });
    case 'json':
      return formatJson(entries, lang);
    case 'ndjson':
      return formatNdjson(entries, lang);
    default:
      return options.format satisfies never;
  }
}
