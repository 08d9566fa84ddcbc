// The upstream files stay exactly as recorded in data/sources/SOURCES.md.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';

const dir = new URL('../data/sources/', import.meta.url);

it('every file in data/sources matches the sha256 recorded in SOURCES.md', () => {
  const rows = [...readFileSync(new URL('SOURCES.md', dir), 'utf8').matchAll(/^\| `([^`]+)` \|.*\| `([0-9a-f]{64})` \|$/gm)];
  assert.equal(rows.length, 5, 'SOURCES.md lists five files');
  for (const [, file, sha] of rows) {
    const actual = createHash('sha256').update(readFileSync(new URL(file!, dir))).digest('hex');
    assert.equal(actual, sha, `${file} changed`);
  }
});
