// `wuerr serve`: placeholder until the command lands; it answers with a usage error.

import type { CliIo } from '../io.js';
import { usageError } from '../common.js';

export async function run(_argv: readonly string[], io: CliIo): Promise<number> {
  return usageError(io, 'this command is not available in this build', 'serve');
}
