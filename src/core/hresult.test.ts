import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeHresult, formatHex, toSigned, toUnsigned } from './hresult.js';

describe('decodeHresult', () => {
  it('takes an Intune code apart', () => {
    const d = decodeHresult(0x80cf4017);
    assert.equal(d.hex, '0x80CF4017');
    assert.equal(d.signed, -2133901289);
    assert.equal(d.unsigned, 2161066007);
    assert.equal(d.severity, 'failure');
    assert.deepEqual(d.bits, { S: 1, R: 0, C: 0, N: 0, X: 0 });
    assert.equal(d.facility.number, 0xcf);
    assert.equal(d.facility.hex, '0x0CF');
    assert.equal(d.facility.public, false);
    assert.match(d.facility.names[0]!, /Intune update agent.*private facility 0x0CF/);
    assert.equal(d.code, 0x4017);
    assert.equal(d.codeHex, '0x4017');
    assert.equal(d.win32, undefined);
  });

  it('names public facilities and the private 0x0AF one', () => {
    assert.deepEqual(decodeHresult(0x80240001).facility.names, ['FACILITY_WINDOWSUPDATE']);
    assert.deepEqual(decodeHresult(0x80070005).facility.names, ['FACILITY_WIN32']);
    assert.match(decodeHresult(0x80af0005).facility.names[0]!, /private facility 0x0AF/);
    assert.deepEqual(decodeHresult(0x87ff0000).facility.names, []);
  });

  it('finds the Win32 error inside a facility 7 failure', () => {
    assert.equal(decodeHresult(0x80070005).win32, 5);
    assert.equal(decodeHresult(0x80070643).win32, 1603);
    assert.equal(decodeHresult(0x00070005).win32, undefined, 'success values carry no Win32 error');
  });

  it('reads each flag bit from its own position (S31 R30 C29 N28 X27)', () => {
    const cases = [
      [1 << 30, 'R'],
      [1 << 29, 'C'],
      [1 << 28, 'N'],
      [1 << 27, 'X'],
    ] as const;
    for (const [value, bit] of cases) {
      const d = decodeHresult(value >>> 0);
      for (const b of ['R', 'C', 'N', 'X'] as const) assert.equal(d.bits[b], b === bit ? 1 : 0, `${bit} set, ${b} read`);
      assert.equal(d.facility.number, 0, `flag ${bit} must not leak into the facility`);
    }
    assert.equal(decodeHresult(0xc0000005).ntstatus, undefined);
    assert.equal(decodeHresult(0xd0000022).ntstatus, true);
    assert.equal(decodeHresult(0x07ff0000).facility.number, 0x7ff, 'the facility field is 11 bits');
  });

  it('round-trips any value through its fields', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (u) => {
        const d = decodeHresult(u);
        const { S, R, C, N, X } = d.bits;
        const rebuilt = ((S << 31) | (R << 30) | (C << 29) | (N << 28) | (X << 27) | (d.facility.number << 16) | d.code) >>> 0;
        assert.equal(rebuilt, u);
        assert.equal(toUnsigned(toSigned(u)), u);
        assert.equal(parseInt(formatHex(u).slice(2), 16), u);
        assert.equal(decodeHresult(d.signed).unsigned, u);
      }),
      { numRuns: 5000 },
    );
  });
});
