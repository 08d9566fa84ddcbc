import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeIo } from './_test/fake-io.js';
import { run } from './run.js';

describe('wuerr <input>', () => {
  it('prints the name, English text, component and twin, exit 0', async () => {
    const io = fakeIo();
    assert.equal(await run(['0x80cf4017'], io), 0);
    assert.match(io.out(), /0x80CF4017 {2}OM_E_PT_HTTP_STATUS_DENIED/);
    assert.match(io.out(), /0x80244017 WU_E_PT_HTTP_STATUS_DENIED/);
    assert.equal(io.err(), '');
  });

  it('takes several inputs, including negative decimals, and exits 1 when one does not match', async () => {
    const io = fakeIo();
    assert.equal(await run(['-2133901289', 'OM_E_NO_SERVICE', '0x80070005'], io), 1);
    assert.match(io.out(), /OM_E_PT_HTTP_STATUS_DENIED[\s\S]*OM_E_NO_SERVICE[\s\S]*No catalog knows this code/);
  });

  it('speaks German with --lang de and from LANG=de_DE.UTF-8; LC_ALL wins over LANG', async () => {
    const seedGerman = 'Identisch mit HTTP-Status 401.';
    for (const [args, env] of [
      [['--lang', 'de', '0x80cf4017'], {}],
      [['0x80cf4017'], { LANG: 'de_DE.UTF-8' }],
      [['0x80cf4017'], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'de_AT' }],
    ] as const) {
      const io = fakeIo({ env: { ...env } });
      await run(args, io);
      assert.ok(io.out().includes(seedGerman), `${args.join(' ')} ${JSON.stringify(env)}`);
    }
    const io = fakeIo({ env: { LANG: 'de_DE', LC_ALL: 'C' } });
    await run(['0x80cf4017'], io);
    assert.ok(!io.out().includes(seedGerman), 'LC_ALL=C gives English');
  });

  it('uses colour only on a terminal and never with NO_COLOR', async () => {
    const esc = /\u001b\[/;
    const tty = fakeIo({ tty: true });
    await run(['0x80cf4017'], tty);
    assert.match(tty.out(), esc);
    const noColor = fakeIo({ tty: true, env: { NO_COLOR: '1' } });
    await run(['0x80cf4017'], noColor);
    assert.doesNotMatch(noColor.out(), esc);
    const pipe = fakeIo();
    await run(['0x80cf4017'], pipe);
    assert.doesNotMatch(pipe.out(), esc);
  });

  it('reads one input per line from stdin with "-" or when stdin is not a terminal', async () => {
    for (const args of [['-'], []] as const) {
      const io = fakeIo({ stdin: ['0x80cf4017', '', '  -2145124316  ', 'garbage!'] });
      assert.equal(await run([...args, '--json'], io), 1);
      const json = JSON.parse(io.out()) as { input: string; matches: { name: string }[] }[];
      assert.deepEqual(json.map((r) => r.input), ['0x80cf4017', '-2145124316', 'garbage!']);
      assert.equal(json[1]!.matches[0]!.name, 'WU_E_NO_UPDATE');
    }
  });

  it('--json prints one element per input with the documented fields', async () => {
    const io = fakeIo();
    assert.equal(await run(['--json', '0x80cf4020', 'WU_E_NO_SERVICE'], io), 0);
    const [first, second] = JSON.parse(io.out()) as Record<string, any>[];
    const m = first!['matches'][0];
    assert.equal(m.code, '0x80CF4020');
    assert.equal(m.name, 'OM_E_PT_HTTP_STATUS_NOT_SUPPORTED');
    assert.equal(m.catalog, 'intune');
    assert.equal(m.severity, 'error');
    assert.equal(m.facility.number, 0xcf);
    assert.equal(m.component, 'protocol-talker');
    assert.ok(m.description.de.length > 0 && m.description.en.length > 0);
    assert.ok(Array.isArray(m.notes) && m.notes.length > 0, 'the HTTP 500/501 contradiction carries a note');
    assert.deepEqual(m.twin, { code: '0x80244020', name: 'WU_E_PT_HTTP_STATUS_NOT_SUPPORTED' });
    assert.equal(first!['decoded'].hex, '0x80CF4020');
    assert.equal(second!['matches'][0].catalog, 'windows-update');
  });

  it('answers --help and --version with exit 0', async () => {
    const help = fakeIo();
    assert.equal(await run(['--help'], help), 0);
    assert.match(help.out(), /Usage:/);
    const version = fakeIo();
    assert.equal(await run(['--version'], version), 0);
    assert.match(version.out(), /^wuerr \d+\.\d+\.\d+/);
  });

  it('exits 2 with a clear message on usage errors', async () => {
    for (const [args, message] of [
      [['--frobnicate', '0x1'], /unknown option "--frobnicate"/],
      [['--lang', 'fr', '0x1'], /--lang "fr" is not a language wuerr speaks; accepted: de, en/],
      [['--lang'], /--lang needs a value/],
      [[], /no input given/],
    ] as const) {
      const io = fakeIo();
      assert.equal(await run(args, io), 2, args.join(' '));
      assert.match(io.err(), message);
    }
  });

  it('reports an unreadable input on stderr with the accepted forms, exit 1', async () => {
    const io = fakeIo();
    assert.equal(await run(['0x123456789'], io), 1);
    assert.match(io.err(), /"0x123456789" has 9 hex digits.*accepted: 0x80CF4017/);
  });
});
