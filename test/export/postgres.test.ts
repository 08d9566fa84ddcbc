// The PostgreSQL export loads into a real PostgreSQL server (throw-away data directory, loopback port) and reads back unchanged.

import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertSameRows, hostileEntries, LANG_VARIANTS } from '../../src/core/export/_test/fixtures.js';
import { EXPORT_CATALOGS, selectEntries } from '../../src/core/export/rows.js';
import { formatSql } from '../../src/core/export/sql.js';
import type { CatalogEntry, Language } from '../../src/core/types.js';

/** The newest installed PostgreSQL's bin directory, if any. */
function findPostgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'postgres'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const BIN = findPostgresBin();
const IN_CI = Boolean(process.env['CI']) && process.env['CI'] !== 'false';
const SKIP = BIN === undefined && !IN_CI ? 'PostgreSQL is not installed (apt-get install postgresql); this test runs whenever CI is set' : false;
const AS_ROOT = process.getuid?.() === 0;

let dir = '';
let port = 0;
let started = false;

/** Runs a server binary, as the postgres user when we are root (the server refuses to run as root). */
function runServerTool(tool: string, args: readonly string[]): SpawnSyncReturns<string> {
  const path = join(BIN!, tool);
  const [cmd, argv] = AS_ROOT ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, [...args]];
  return spawnSync(cmd, argv, { encoding: 'utf8', timeout: 60_000 });
}

function psql(args: readonly string[]): SpawnSyncReturns<string> {
  return spawnSync(join(BIN!, 'psql'), ['-X', '-q', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PGCONNECT_TIMEOUT: '10' },
  });
}

function check(result: SpawnSyncReturns<string>, what: string): string {
  assert.equal(result.status, 0, `${what} failed (status ${result.status}): ${result.error?.message ?? ''}\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

/** Loads the script, then reads the whole table back as JSON. */
function loadIntoPostgres(script: string): Record<string, unknown>[] {
  const file = join(dir, 'load.sql');
  writeFileSync(file, script, 'utf8');
  check(psql(['-f', file]), 'loading the script with psql');
  const json = check(psql(['-At', '-c', 'SELECT coalesce(json_agg(t), \'[]\') FROM wuerr_codes t']), 'reading wuerr_codes back');
  return JSON.parse(json) as Record<string, unknown>[];
}

function assertRoundTrip(entries: readonly CatalogEntry[], lang: Language | undefined, label: string): void {
  const rows = loadIntoPostgres(formatSql(entries, { dialect: 'postgres', ...(lang ? { lang } : {}) }));
  assertSameRows(rows, entries, lang, label);
}

describe('formatSql in a real PostgreSQL', { skip: SKIP }, () => {
  before(async () => {
    assert.ok(BIN, 'CI is set, so PostgreSQL must be installed (.ci/run installs the Debian package postgresql)');
    dir = mkdtempSync(join(tmpdir(), 'wuerr-pg-'));
    if (AS_ROOT) chownSync(dir, Number(check(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }), 'id -u postgres').trim()), Number(check(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }), 'id -g postgres').trim()));
    const data = join(dir, 'data');
    check(runServerTool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']), 'initdb');
    port = await freePort();
    // standard_conforming_strings off on the server proves the script sets it itself: backslashes must still load literally.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c standard_conforming_strings=off -c fsync=off`;
    check(runServerTool('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']), 'pg_ctl start');
    started = true;
  });

  after(() => {
    if (started) runServerTool('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const catalog of EXPORT_CATALOGS) {
    for (const lang of LANG_VARIANTS) {
      it(`catalog ${catalog}, lang ${lang ?? 'both'}: loads with psql and reads back as the catalog`, () => assertRoundTrip(selectEntries(catalog), lang, catalog));
    }
  }

  it('round-trips hostile text (quotes, backslashes, $$, comment markers, line breaks)', () => {
    for (const lang of LANG_VARIANTS) assertRoundTrip(hostileEntries(), lang, 'hostile');
  });

  it('stores error_code as a signed integer, so it matches negative codes from reports', () => {
    loadIntoPostgres(formatSql(selectEntries('windows-update'), { dialect: 'postgres' }));
    const name = check(psql(['-At', '-c', 'SELECT name FROM wuerr_codes WHERE error_code = -2145124322']), 'select by signed code').trim();
    const expected = selectEntries('windows-update').find((e) => e.code === '0x8024001E')?.name;
    assert.ok(expected, '0x8024001E is in the catalog');
    assert.equal(name, expected, `error_code = -2145124322 (0x8024001E) found ${JSON.stringify(name)}`);
  });
});
