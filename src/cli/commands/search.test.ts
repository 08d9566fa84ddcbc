import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeIo } from '../_test/fake-io.js';
import { run } from '../run.js';
import { parseLimit } from './search.js';

interface _JsonHit {
  code: string;
  name: string;
  catalog: string;
  matchedBy: string;
  score: number;
  description: { de: string; en: string };
}

async function search(args: readonly string[], env: Record<string, string> = {}) {
  const io = fakeIo({ env });
  const code = await run(['search', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('wuerr search', () => {
  it('prints code, name, catalog and a one-line English description per hit, exit 0', async () => {
    const r = await search(['proxi']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^0x[0-9A-F]{8} {2}\S*PROXY\S* {2}\((Intune update agent|Windows Update agent)\)\n {2}\S/m);
    assert.match(r.out, /OM_E_INVALID_PROXY_SERVER  \(Intune update agent\)\n  The configured proxy list/);
    assert.equal(r.out.split('\n').filter((l) => /^0x/.test(l)).length, 10, 'ten hits by default');
    assert.equal(r.err, '');
  });

  it('joins several words into one query: download faild', async () => {
    const r = await search(['download', 'faild', '--limit', '2']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /OM_E_DOWNLOAD_FAILED/);
    assert.match(r.out, /WU_E_DOWNLOAD_FAILED/);
  });

  it('writes German with --lang de and with LANG=de_DE', async () => {
    for (const [args, env] of [[['--lang', 'de', 'proxyliste'], {}], [['proxyliste'], { LANG: 'de_DE.UTF-8' }]] as const) {
      const r = await search(args, { ...env });
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.err}`);
      assert.match(r.out, /\(Intune-Update-Agent\)\n {2}Das Format der Proxyliste ist ungültig\./, `${args.join(' ')} ${JSON.stringify(env)}`);
    }
  });

  it('--json prints an array of lookup matches with score, best first; --limit caps it', async () => {
    const r = await search(['--json', '--limit', '5', 'Neustart']);
    assert.equal(r.code, 0, r.err);
    const hits = JSON.parse(r.out) as _JsonHit[];
    assert.equal(hits.length, 5);
    for (const [i, h] of hits.entries()) {
      assert.match(h.code, /^0x[0-9A-F]{8}$/, h.name);
      assert.equal(h.matchedBy, 'search', h.name);
      assert.ok(typeof h.description.de === 'string' && typeof h.description.en === 'string', h.name);
      if (i > 0) assert.ok(hits[i - 1]!.score >= h.score, `${h.name} ranks below a lower score`);
    }
  });

  it('a code as the query comes first, as lookup found it', async () => {
    const r = await search(['--json', '0x80CF4017']);
    const hits = JSON.parse(r.out) as _JsonHit[];
    assert.equal(hits[0]?.name, 'OM_E_PT_HTTP_STATUS_DENIED');
    assert.equal(hits[0]?.matchedBy, 'code');
  });

  it('nothing found: a message on stderr (or [] with --json), exit 1', async () => {
    const text = await search(['qqqxxzzvvk']);
    assert.equal(text.code, 1);
    assert.equal(text.out, '');
    assert.match(text.err, /No entry matches "qqqxxzzvvk"/);
    const json = await search(['--json', 'qqqxxzzvvk']);
    assert.equal(json.code, 1);
    assert.deepEqual(JSON.parse(json.out), []);
  });

  const usage: readonly [readonly string[], RegExp][] = [
    [[], /no words given; for example: wuerr search proxy/],
    [['--json'], /no words given/],
    [['   '], /no words given/],
    [['--limit', '0', 'proxy'], /--limit "0" is not a whole number from 1 to 100/],
    [['--limit', '101', 'proxy'], /--limit "101" is not a whole number from 1 to 100/],
    [['--limit', 'ten', 'proxy'], /--limit "ten"/],
    [['--limit', '2.5', 'proxy'], /--limit "2.5"/],
    [['--limit=-3', 'proxy'], /--limit "-3"/],
    [['proxy', '--limit'], /option --limit needs a value/],
    [['--lang', 'fr', 'proxy'], /--lang "fr" is not a language wuerr speaks; accepted: de, en/],
    [['--frobnicate', 'proxy'], /unknown option "--frobnicate"/],
  ];
  for (const [args, message] of usage) {
    it(`usage error for ${JSON.stringify(args)}: exit 2 and ${message}`, async () => {
      const r = await search(args);
      assert.equal(r.code, 2, `${JSON.stringify(args)}: ${r.err}`);
      assert.match(r.err, message, JSON.stringify(args));
      assert.match(r.err, /Run 'wuerr search --help'/);
      assert.equal(r.out, '');
    });
  }

  it('--help prints usage with the options, exit 0', async () => {
    const r = await search(['--help']);
    assert.equal(r.code, 0);
    for (const flag of ['--lang', '--limit', '--json', 'Exit codes']) assert.ok(r.out.includes(flag), flag);
  });

  it('parseLimit accepts 1..100 only', () => {
    for (const [value, expected] of [['1', 1], ['100', 100], ['007', 7], [undefined, 10]] as const) assert.equal(parseLimit(value), expected, String(value));
    for (const value of ['0', '101', '1e2', ' 5', '', '-1', true] as const) assert.equal(typeof parseLimit(value), 'object', String(value));
  });
});
