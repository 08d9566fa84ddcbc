// README.md's generated tables match the catalog, and the commands it promises exist.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { renderReadme } from '../scripts/readme-tables.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

it('README tables are in sync with the catalog (npm run readme)', () => {
  assert.equal(readme, renderReadme(readme), 'README.md tables are stale: run npm run readme');
});

it('README shows the install, run and test commands', () => {
  for (const command of ['npm ci', 'npx wuerr 0x80cf4017', 'npm test']) assert.ok(readme.includes(command), command);
});
