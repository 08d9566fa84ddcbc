// Writes the generated tables of README.md (between <!-- name:start --> and <!-- name:end -->) from the catalog itself.
// Usage: tsx scripts/readme-tables.ts [--check]

import { readFileSync, writeFileSync } from 'node:fs';
import { COMPONENTS } from '../src/core/components.js';
import { getCatalog, getCatalogEntries } from '../src/core/catalog.js';
import type { CatalogId } from '../src/core/types.js';
import { ROOT } from './sources.js';

const README = ROOT + 'README.md';

const SOURCE: Readonly<Record<CatalogId, string>> = {
  intune: 'Intune software update agent table (German Microsoft Intune docs page, `data/sources/`)',
  'windows-update': 'Windows Update agent `wuerror.h`, four header versions (`data/sources/wuerror.tsv`)',
};

/** The coverage table: one row per catalog, counted from the catalog. */
export function coverageTable(): string {
  const rows = (['intune', 'windows-update'] as const).map((id) => {
    const entries = getCatalogEntries(id);
    const de = { seed: 0, 'seed-twin': 0, wuerr: 0 };
    for (const e of entries) de[e.descriptionSource.de]++;
    const german = [de.seed && `${de.seed} official (seed)`, de['seed-twin'] && `${de['seed-twin']} official text of the Intune twin`, de.wuerr && `${de.wuerr} written by wuerr`].filter(Boolean).join(', ');
    const aliases = entries.reduce((n, e) => n + (e.aliases?.names?.length ?? 0) + (e.aliases?.codes?.length ?? 0), 0);
    return `| ${id} | ${entries.length} | ${entries.filter((e) => e.twin).length} | de, en | ${german}; English written by wuerr | ${entries.reduce((n, e) => n + (e.notes?.length ?? 0), 0)} | ${aliases} | ${SOURCE[id]} |`;
  });
  const all = getCatalog();
  return [
    '| catalog | codes | with twin | languages | German text | notes | aliases | source |',
    '|---|---:|---:|---|---|---:|---:|---|',
    ...rows,
    `| all | ${all.length} | ${all.filter((e) => e.twin).length} | | | ${all.reduce((n, e) => n + (e.notes?.length ?? 0), 0)} | | |`,
  ].join('\n');
}

/** Components with their entry counts per catalog. */
export function componentTable(): string {
  const lines = Object.entries(COMPONENTS).map(([id, label]) => {
    const count = (c: CatalogId) => getCatalogEntries(c).filter((e) => e.component === id).length;
    return `| \`${id}\` | ${label.en} | ${label.de} | ${count('intune')} | ${count('windows-update')} |`;
  });
  return ['| id | component | Komponente | Intune | Windows Update |', '|---|---|---|---:|---:|', ...lines].join('\n');
}

const SECTIONS: Readonly<Record<string, () => string>> = { coverage: coverageTable, components: componentTable };

/** README.md with every generated section rewritten. Throws when a marker is missing. */
export function renderReadme(text: string): string {
  let out = text;
  for (const [name, make] of Object.entries(SECTIONS)) {
    const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(out)) throw new Error(`README.md lacks the markers <!-- ${name}:start --> … <!-- ${name}:end -->`);
    out = out.replace(re, (_, open: string, close: string) => `${open}${make()}\n${close}`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = readFileSync(README, 'utf8');
  const next = renderReadme(text);
  if (process.argv.includes('--check')) {
    if (next !== text) {
      console.error('README.md tables are out of date: run npm run readme');
      process.exitCode = 1;
    }
  } else writeFileSync(README, next);
}
