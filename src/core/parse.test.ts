import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseCodeInput, type CodeForm } from './parse.js';

const DENIED = 0x80cf4017;

describe('parseCodeInput: every accepted form', () => {
  const cases: readonly [input: string, value: number, form: CodeForm][] = [
    ['0x80CF4017', DENIED, 'hex'],
    ['0X80cf4017', DENIED, 'hex'],
    ['0x80cf4017', DENIED, 'hex'],
    ['80cf4017', DENIED, 'bare-hex'],
    ['80CF4017', DENIED, 'bare-hex'],
    ['0x80CF4017L', DENIED, 'hex'],
    ['0x80CF4017UL', DENIED, 'hex'],
    ['-2133901289', DENIED, 'signed-decimal'],
    ['2161066007', DENIED, 'unsigned-decimal'],
    ['(0x80cf4017)', DENIED, 'hex'],
    ['[0x80cf4017]', DENIED, 'hex'],
    ['hr=0x80cf4017', DENIED, 'hex'],
    ['hr = 0x80cf4017', DENIED, 'hex'],
    ['(hr:0x80cf4017)', DENIED, 'hex'],
    ['HRESULT: -2133901289', DENIED, 'signed-decimal'],
    ['"0x80CF4017",', DENIED, 'hex'],
    ["'0x80cf4017'", DENIED, 'hex'],
    ['0x80cf4017.', DENIED, 'hex'],
    ['  0x80cf4017  ', DENIED, 'hex'],
    ['0x0000000080cf4017', DENIED, 'hex'],
    ['0x1F', 0x1f, 'hex'],
    ['-1', 0xffffffff, 'signed-decimal'],
    ['-2147483648', 0x80000000, 'signed-decimal'],
    ['4294967295', 0xffffffff, 'unsigned-decimal'],
  ];
  for (const [input, value, form] of cases) {
    it(`reads ${JSON.stringify(input)} as ${form} 0x${value.toString(16)}`, () => {
      const r = parseCodeInput(input);
      assert.ok(r.ok && r.kind === 'code', `${input}: ${JSON.stringify(r)}`);
      assert.deepEqual(r.candidates[0], { value, form }, input);
    });
  }

  it('gives both readings for a number that is valid decimal and hex', () => {
    for (const [input, dec, hex] of [
      ['80240022', 80240022, 0x80240022],
      ['1359', 1359, 0x1359],
    ] as const) {
      const r = parseCodeInput(input);
      assert.ok(r.ok && r.kind === 'code', input);
      assert.deepEqual(
        r.candidates.map((c) => c.value).sort(),
        [dec, hex].sort(),
        input,
      );
    }
  });

  it('reads names in any case, =NAME exactly and :TEXT as a name part', () => {
    assert.deepEqual(parseCodeInput('om_e_pt_http_status_denied'), { ok: true, kind: 'name', input: 'om_e_pt_http_status_denied', name: 'OM_E_PT_HTTP_STATUS_DENIED' });
    assert.deepEqual(parseCodeInput('=WU_E_NO_UPDATE'), { ok: true, kind: 'name', input: '=WU_E_NO_UPDATE', name: 'WU_E_NO_UPDATE' });
    assert.deepEqual(parseCodeInput(':http_status'), { ok: true, kind: 'substring', input: ':http_status', text: 'HTTP_STATUS' });
  });
});

describe('parseCodeInput: bad input gets a message that names it and shows the accepted forms', () => {
  const bad: readonly [string, RegExp][] = [
    ['', /is empty/],
    ['   ', /is empty/],
    ['0x123456789', /9 hex digits/],
    ['0xZZZ', /not hex digits/],
    ['4294967296', /above 4294967295/],
    ['-2147483649', /below -2147483648/],
    ['=', /needs a symbolic name/],
    [':', /needs some text/],
    ['8024 402C', /not a code/],
    ['1.5', /not a code/],
  ];
  for (const [input, why] of bad) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      const r = parseCodeInput(input);
      assert.equal(r.ok, false, input);
      if (r.ok) return;
      assert.match(r.error, why, input);
      assert.ok(r.error.includes(JSON.stringify(input.length > 60 ? input.slice(0, 60) + '…' : input)), `message quotes the input: ${r.error}`);
      assert.match(r.error, /accepted: 0x80CF4017/, input);
    });
  }
});

describe('parseCodeInput: properties', () => {
  it('hex, signed and unsigned decimal of any 32-bit value read back to the same value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (u) => {
        const hex = parseCodeInput('0x' + u.toString(16).padStart(8, '0'));
        const signed = parseCodeInput(String(u | 0));
        const unsigned = parseCodeInput(String(u));
        for (const r of [hex, signed, unsigned]) {
          assert.ok(r.ok && r.kind === 'code');
          assert.ok(r.candidates.some((c) => c.value === u), `${u}: ${JSON.stringify(r)}`);
        }
        assert.ok(hex.ok && hex.kind === 'code' && hex.candidates[0]!.value === u);
        assert.equal((u | 0) >>> 0, u);
      }),
      { numRuns: 5000 },
    );
  });

  it('any string gives a result or a clear error, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[-+=:(x0-9a-fA-FL_ ]{0,20}$/)), (s) => {
        const r = parseCodeInput(s);
        if (!r.ok) assert.match(r.error, /accepted:/);
        else if (r.kind === 'code') for (const c of r.candidates) assert.ok(Number.isInteger(c.value) && c.value >= 0 && c.value <= 0xffffffff);
      }),
      { numRuns: 20000 },
    );
  });
});
