// The wuerr command: argv and an io in, text and an exit code out. Subcommands load only when called.

import { lookup, type LookupResult } from '../core/lookup.js';
import { ACCEPTED_FORMS } from '../core/parse.js';
import { parseArgs, type FlagSpec } from './args.js';
import { chooseLanguage, EXIT, usageError, useColor } from './common.js';
import { formatResult } from './format.js';
import type { CliIo } from './io.js';

type _Command = { readonly run: (argv: readonly string[], io: CliIo) => Promise<number> };

/** Subcommands, each in its own module so a plain lookup loads none of them. */
const _COMMANDS: Readonly<Record<string, () => Promise<_Command>>> = {
  search: () => import('./commands/search.js'),
  scan: () => import('./commands/scan.js'),
  serve: () => import('./commands/serve.js'),
  export: () => import('./commands/export.js'),
};

const LOOKUP_FLAGS: readonly FlagSpec[] = [
  { name: 'json' },
  { name: 'lang', value: true },
  { name: 'color' },
  { name: 'no-color' },
  { name: 'help', short: 'h' },
  { name: 'version', short: 'V' },
];

export const HELP = `wuerr — explains Intune and Windows Update agent error codes

Usage:
  wuerr <code|name>...        look up one or more codes
  wuerr -                      read one input per line from standard input
  wuerr search <words>...      find codes by words (German or English)
  wuerr scan [file...|-]       find every code in logs and reports
  wuerr serve                  HTTP API and web page
  wuerr export --format <f>    the catalog as KQL, SQL, CSV, JSON or NDJSON

Input forms:
  ${ACCEPTED_FORMS.join('   ')}
  (0x80CF4017 and 0X80cf4017 alike; paste noise such as "(0x80cf4017)", hr=0x80cf4017 or a
  trailing comma is ignored; a number valid as decimal and as hex yields both readings)

Options:
  --json          one JSON array, one element per input, in input order
  --lang de|en    language (default from LC_ALL, LC_MESSAGES, LANG)
  --no-color      no colour (also when NO_COLOR is set or output is not a terminal)
  -h, --help      this help
  -V, --version   the version

Exit codes: 0 every input matched, 1 some input did not, 2 usage error.
`;

async function _version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function _readInputs(io: CliIo): Promise<string[]> {
  const inputs: string[] = [];
  for await (const line of io.stdinLines()) {
    const trimmed = line.trim();
    if (trimmed !== '') inputs.push(trimmed);
  }
  return inputs;
}

/**
 * Runs wuerr with the arguments after the program name.
 * @returns the exit code: 0 every input matched, 1 any did not, 2 usage error
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const first = argv[0];
  if (first !== undefined) {
    const command = _COMMANDS[first];
    if (command !== undefined) return (await command()).run(argv.slice(1), io);
  }
  const args = parseArgs(argv, LOOKUP_FLAGS);
  if (!args.ok) return usageError(io, args.error);
  const { flags, positionals } = args;
  if (flags.has('help')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (flags.has('version')) {
    io.stdout(`wuerr ${await _version()}\n`);
    return EXIT.ok;
  }
  const lang = chooseLanguage(flags.get('lang'), io.env);
  if (typeof lang !== 'string') return usageError(io, lang.error);

  let inputs: readonly string[] = positionals;
  if ((positionals.length === 1 && positionals[0] === '-') || (positionals.length === 0 && !io.stdinIsTTY)) {
    inputs = await _readInputs(io);
  } else if (positionals.includes('-')) {
    return usageError(io, '"-" (read standard input) must be the only input');
  }
  if (inputs.length === 0) return usageError(io, `no input given; for example: wuerr ${ACCEPTED_FORMS[0]}`);

  const results: LookupResult[] = inputs.map(lookup);
  if (flags.has('json')) {
    io.stdout(JSON.stringify(results, null, 2) + '\n');
  } else {
    const color = useColor(io, flags);
    io.stdout(results.map((r) => formatResult(r, lang, color)).filter((t) => t !== '').join('\n'));
    for (const r of results) if (r.error !== undefined) io.stderr(`wuerr: ${r.error}\n`);
  }
  return results.every((r) => r.matches.length > 0) ? EXIT.ok : EXIT.notFound;
}
