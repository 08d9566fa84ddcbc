import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { fakeIo } from '../_test/fake-io.js';
import { parsePort, run } from './serve.js';

describe('wuerr serve flags', () => {
  it('rejects bad ports, hosts, arguments and options with exit 2 and a message that names them', async () => {
    for (const [argv, pattern] of [
      [['--port', '99999'], /--port "99999" is not a port/],
      [['--port', '-1'], /--port/],
      [['--port', 'http'], /--port "http"/],
      [['--port', '80.5'], /--port "80.5"/],
      [['--host', 'bad host!'], /--host "bad host!"/],
      [['extra'], /unexpected argument "extra"/],
      [['--verbose'], /unknown option "--verbose"/],
      [['--port'], /--port needs a value/],
      [['--web', '/nonexistent-wuerr-folder'], /holds no index\.html/],
    ] as const) {
      const io = fakeIo();
      assert.equal(await run(argv, io), 2, argv.join(' '));
      assert.match(io.err(), pattern, argv.join(' '));
    }
  });

  it('parsePort accepts 0–65535 only', () => {
    for (const ok of ['0', '80', '8080', '65535']) assert.equal(parsePort(ok), Number(ok), ok);
    for (const bad of ['65536', '', '08080a', ' 80', '1e3']) assert.equal(typeof parsePort(bad), 'object', bad);
  });

  it('--help prints usage with the API routes', async () => {
    const io = fakeIo();
    assert.equal(await run(['--help'], io), 0);
    assert.match(io.out(), /--port/);
    assert.match(io.out(), /\/api\/v1\/codes/);
  });
});

describe('wuerr serve running', () => {
  it('prints the URL, answers requests, and stops on SIGTERM with exit 0', async () => {
    const io = fakeIo();
    const done = run(['--port', '0'], io);
    let url = '';
    for (let i = 0; i < 100 && !url; i++) {
      await new Promise((r) => setTimeout(r, 20));
      url = /listening on (http:\/\/\S+)/.exec(io.out())?.[1] ?? '';
    }
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/, io.out() + io.err());
    // Several codes in a row, each answer complete (bodies of different lengths, some cached, over real sockets).
    for (const [input, name] of [['-2133901289', 'OM_E_PT_HTTP_STATUS_DENIED'], ['0x8024001E', 'WU_E_SERVICE_STOP'], ['-2133901289', 'OM_E_PT_HTTP_STATUS_DENIED'], ['0x8024001E', 'WU_E_SERVICE_STOP']] as const) {
      const res = await fetch(new URL(`/api/v1/codes/${input}`, url), { signal: AbortSignal.timeout(2000) });
      assert.equal(res.status, 200, input);
      assert.equal(((await res.json()) as { matches: Array<{ name: string }> }).matches[0]?.name, name, input);
    }
    process.emit('SIGTERM');
    assert.equal(await done, 0);
  });

  it('a port in use is a clear error, not a crash', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const io = fakeIo();
    assert.equal(await run(['--port', String(port)], io), 1);
    assert.match(io.err(), new RegExp(`port ${port} is in use`));
    await new Promise((r) => blocker.close(r));
  });
});
