// What every wuerr command shares: language choice, colour, and usage errors.

import type { Language } from '../core/types.js';
import { parseArgs, type FlagSpec } from './args.js';
import type { CliIo } from './io.js';

/** Exit codes of every wuerr command. */
export const EXIT = { ok: 0, notFound: 1, usage: 2 } as const;

/**
 * The language from `--lang`, else from LC_ALL, LC_MESSAGES, LANG (the first that is set): `de*` gives German.
 * @returns the language, or an error message for a bad `--lang`
 */
export function chooseLanguage(flag: string | true | undefined, env: CliIo['env']): Language | { readonly error: string } {
  if (typeof flag === 'string') {
    const lang = flag.toLowerCase();
    if (lang === 'de' || lang === 'en') return lang;
    return { error: `--lang ${JSON.stringify(flag)} is not a language wuerr speaks; accepted: de, en` };
  }
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^de/i.test(locale) ? 'de' : 'en';
}

/** Colour on a terminal only, never with NO_COLOR set (to anything), never with --no-color; --color forces it. */
export function useColor(io: CliIo, flags: ReadonlyMap<string, string | true>): boolean {
  if (flags.has('no-color')) return false;
  if (flags.has('color')) return true;
  const noColor = io.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return io.stdoutIsTTY && io.env['TERM'] !== 'dumb';
}

/** ANSI styles that collapse to nothing when colour is off. */
export function styles(color: boolean) {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}

/** Prints a usage error with a pointer to help; returns exit code 2. */
export function usageError(io: CliIo, message: string, command = ''): number {
  io.stderr(`wuerr${command ? ' ' + command : ''}: ${message}\nRun 'wuerr${command ? ' ' + command : ''} --help' for usage.\n`);
  return EXIT.usage;
}

/**
 * The start every subcommand shares: read its flags, answer `--help`, or turn a bad flag into a usage error.
 * @returns the flags and positionals, or the exit code when the command is already answered
 */
export function readCommandArgs(
  argv: readonly string[],
  io: CliIo,
  command: string,
  specs: readonly FlagSpec[],
  help: string,
): { readonly flags: ReadonlyMap<string, string | true>; readonly positionals: readonly string[] } | number {
  const args = parseArgs(argv, specs);
  if (!args.ok) return usageError(io, args.error, command);
  if (args.flags.has('help')) {
    io.stdout(help);
    return EXIT.ok;
  }
  return args;
}
