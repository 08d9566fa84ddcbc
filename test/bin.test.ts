// The installed command: bin/wuerr.js runs the built, bundled CLI (npm ci builds it), lookups and subcommands alike.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/wuerr.js', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../dist/cli/wuerr.js', import.meta.url)));

function wuerr(args: readonly string[], input?: string) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input: input ?? '', env: { ...process.env, NO_COLOR: '1', LANG: 'C' } });
}

describe('bin/wuerr.js', () => {
  it('is built (npm run build)', () => assert.ok(built, 'dist/cli/wuerr.js is missing: run npm run build'));
  it('looks a code up, exit 0', { skip: !built }, () => {
    const r = wuerr(['0x80cf4017']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^0x80CF4017 {2}OM_E_PT_HTTP_STATUS_DENIED/);
  });
  it('exits 1 for an unknown code and 2 for a usage error', { skip: !built }, () => {
    assert.equal(wuerr(['0x80070005']).status, 1);
    const usage = wuerr(['--lang', 'xx', '0x1']);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /--lang "xx"/);
  });
  it('reads inputs from a pipe', { skip: !built }, () => {
    const r = wuerr(['--json'], '-2145124316\nOM_E_NO_SERVICE\n');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as { matches: { name: string }[] }[]).map((x) => x.matches[0]?.name), ['WU_E_NO_UPDATE', 'OM_E_NO_SERVICE']);
  });
  it('loads subcommands from their own modules', { skip: !built }, () => {
    const search = wuerr(['search', 'proxy', '--limit', '1']);
    assert.equal(search.status, 0, search.stderr);
    assert.match(search.stdout, /PROXY/);
    const scan = wuerr(['scan', '--json', '-'], 'HResult : -2145124322\n');
    assert.equal(scan.status, 0, scan.stderr);
    assert.equal((JSON.parse(scan.stdout) as { codes: { code: string }[] }).codes[0]?.code, '0x8024001E');
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(wuerr(['--version']).stdout.trim(), `wuerr ${version}`);
  });
});
