// `wuerr export`: the catalogs as KQL, SQL, CSV, JSON or NDJSON, to standard output or a file.

import { exportCatalog, EXPORT_FORMATS, type ExportFormat } from '../../core/export/index.js';
import { KQL_FORMS, type KqlForm } from '../../core/export/kql.js';
import { EXPORT_CATALOGS, type ExportCatalog } from '../../core/export/rows.js';
import { SQL_DIALECTS, type SqlDialect } from '../../core/export/sql.js';
import { LANGUAGES, type Language } from '../../core/types.js';
import type { FlagSpec } from '../args.js';
import { EXIT, readCommandArgs, usageError } from '../common.js';
import type { CliIo } from '../io.js';

const FLAGS: readonly FlagSpec[] = [
  { name: 'format', short: 'f', value: true },
  { name: 'dialect', value: true },
  { name: 'catalog', value: true },
  { name: 'lang', value: true },
  { name: 'kql-form', value: true },
  { name: 'bom' },
  { name: 'output', short: 'o', value: true },
  { name: 'help', short: 'h' },
];

export const HELP = `wuerr export — the catalogs in the formats other engines load

Usage:
  wuerr export --format kql|sql|csv|json|ndjson [options]

Options:
  -f, --format <f>        kql, sql, csv, json or ndjson (required)
  --catalog <c>           all (default), intune or windows-update
  --lang de|en            one "description" column in that language
                          (default: description_de and description_en)
  --dialect <d>           sql only: sqlite (default) or postgres
  --kql-form <w>          kql only: let (default; a let statement, then the table name),
                          function (.create-or-alter function WuerrCodes()),
                          datatable (the bare expression, e.g. for a saved function's body)
  --bom                   csv only: start with a UTF-8 byte order mark, for Excel
  -o, --output <file>     write to a file instead of standard output
  -h, --help              this help

Columns: error_code (signed 32-bit, as Log Analytics stores codes), hex, name, catalog,
component, description(s), twin_hex, twin_name. KQL uses PascalCase names (ErrorCode, Hex, ...).

Examples:
  wuerr export --format kql > wuerr-codes.kql
  wuerr export --format sql --dialect postgres --lang de -o wuerr.sql
  wuerr export --format csv --bom --catalog intune -o intune-codes.csv
`;

/** Validates a flag value against its accepted values; the message lists them. */
function _oneOf<T extends string>(flag: string, value: string | true | undefined, accepted: readonly T[]): T | undefined | { error: string } {
  if (value === undefined) return undefined;
  const text = String(value).toLowerCase();
  if ((accepted as readonly string[]).includes(text)) return text as T;
  return { error: `--${flag} ${JSON.stringify(value)} is not accepted; accepted: ${accepted.join(', ')}` };
}

function _isError(value: unknown): value is { error: string } {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** A flag that only makes sense with one format. */
function _onlyWith(flags: ReadonlyMap<string, string | true>, flag: string, format: ExportFormat, wanted: ExportFormat): string | undefined {
  return flags.has(flag) && format !== wanted ? `--${flag} applies only to --format ${wanted} (got --format ${format})` : undefined;
}

/**
 * Runs `wuerr export`.
 * @returns 0 on success, 1 when the output file cannot be written, 2 on a usage error
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = readCommandArgs(argv, io, 'export', FLAGS, HELP);
  if (typeof args === 'number') return args;
  const { flags, positionals } = args;
  if (positionals.length > 0) return usageError(io, `unexpected argument ${JSON.stringify(positionals[0])}; export takes only options`, 'export');
  if (!flags.has('format')) return usageError(io, `--format is required; accepted: ${EXPORT_FORMATS.join(', ')}`, 'export');
  const format = _oneOf<ExportFormat>('format', flags.get('format'), EXPORT_FORMATS);
  const dialect = _oneOf<SqlDialect>('dialect', flags.get('dialect'), SQL_DIALECTS);
  const catalog = _oneOf<ExportCatalog>('catalog', flags.get('catalog'), EXPORT_CATALOGS);
  const lang = _oneOf<Language>('lang', flags.get('lang'), LANGUAGES);
  const kqlForm = _oneOf<KqlForm>('kql-form', flags.get('kql-form'), KQL_FORMS);
  for (const checked of [format, dialect, catalog, lang, kqlForm]) if (_isError(checked)) return usageError(io, checked.error, 'export');
  if (format === undefined || _isError(format) || _isError(dialect) || _isError(catalog) || _isError(lang) || _isError(kqlForm)) return EXIT.usage;
  const misplaced = _onlyWith(flags, 'dialect', format, 'sql') ?? _onlyWith(flags, 'bom', format, 'csv') ?? _onlyWith(flags, 'kql-form', format, 'kql');
  if (misplaced !== undefined) return usageError(io, misplaced, 'export');

  const text = exportCatalog({
    format,
    ...(catalog ? { catalog } : {}),
    ...(lang ? { lang } : {}),
    ...(dialect ? { dialect } : {}),
    ...(kqlForm ? { kqlForm } : {}),
    bom: flags.has('bom'),
  });
  const output = flags.get('output');
  if (typeof output !== 'string') {
    io.stdout(text);
    return EXIT.ok;
  }
  return _writeFile(io, output, text);
}

async function _writeFile(io: CliIo, output: string, text: string): Promise<number> {
  const { writeFile } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  const path = resolve(io.cwd, output);
  try {
    await writeFile(path, text, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`wuerr export: cannot write ${JSON.stringify(output)}: ${reason}\n`);
    return 1;
  }
  return EXIT.ok;
}
