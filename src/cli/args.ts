// A small argv reader: flags, flags with values, and positionals, where "-2133901289" is a positional.

/** How a flag is spelt and whether it takes a value. */
export interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  readonly value?: boolean;
}

/** The parsed command line, or the usage error it contains. */
export type ParsedArgs =
  | { readonly ok: true; readonly flags: ReadonlyMap<string, string | true>; readonly positionals: readonly string[] }
  | { readonly ok: false; readonly error: string };

/**
 * Splits argv by the given flag specs. A dash followed by a digit is a negative number, not a flag.
 * @example parseArgs(['--json', '-5'], [{ name: 'json' }]) //=> { ok: true, flags: Map { json => true }, positionals: ['-5'] }
 */
export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short !== undefined).map((s) => [s.short!, s]));
  const known = specs.map((s) => `--${s.name}`).join(', ');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-') || /^-[0-9]/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = arg.indexOf('=');
    const key = long ? arg.slice(2, eq < 0 ? undefined : eq) : arg.slice(1);
    const spec = long ? byName.get(key) : byShort.get(key);
    if (spec === undefined) return { ok: false, error: `unknown option ${JSON.stringify(arg)}; options: ${known}` };
    if (!spec.value) {
      if (long && eq >= 0) return { ok: false, error: `option --${spec.name} takes no value (got ${JSON.stringify(arg)})` };
      flags.set(spec.name, true);
      continue;
    }
    let value: string | undefined;
    if (long && eq >= 0) value = arg.slice(eq + 1);
    else value = argv[++i];
    if (value === undefined || value === '') return { ok: false, error: `option --${spec.name} needs a value` };
    flags.set(spec.name, value);
  }
  return { ok: true, flags, positionals };
}
