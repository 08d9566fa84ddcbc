// Bundles the CLI's lookup path into one file, dist/cli/wuerr.js, so `wuerr <code>` loads one module instead of a
// dozen. Subcommands stay separate modules (dist/cli/commands/*.js, compiled by tsc) and load only when called.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli/wuerr.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  external: ['./commands/*'],
  logLevel: 'warning',
});
