import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSeedRows } from '../../scripts/sources.js';
import { lookup } from './lookup.js';

const seed = readSeedRows();

describe('lookup: every seed row in every form', () => {
  it('has the 209 seed rows to test', () => assert.equal(seed.length, 209));
  for (const row of seed) {
    const hex = row.code.toString(16).padStart(8, '0');
    const forms = ['0x' + hex, '0x' + hex.toUpperCase(), hex, String(row.code | 0), String(row.code >>> 0), row.name, row.name.toLowerCase(), '=' + row.name];
    it(`finds ${row.name} by hex, bare hex, signed and unsigned decimal and name`, () => {
      for (const input of forms) {
        const r = lookup(input);
        const first = r.matches.find((m) => m.catalog === 'intune');
        assert.ok(first, `${row.name}: no Intune match for ${JSON.stringify(input)}`);
        assert.equal(first.name, row.name, `${input}`);
        assert.equal(first.code, '0x' + hex.toUpperCase(), `${input}`);
        assert.equal(r.matches[0]!.name, row.name, `${input}: the Intune match comes first`);
        assert.equal(r.decoded?.unsigned, row.code, `${input}: decoded`);
      }
    });
  }
});

describe('lookup: results', () => {
  it('puts known readings first for ambiguous numbers and lists every reading', () => {
    const r = lookup('80240022');
    assert.equal(r.matches[0]?.name, 'WU_E_ALL_UPDATES_FAILED');
    assert.equal(r.matches[0]?.form, 'bare-hex');
    assert.deepEqual(r.interpretations?.map((i) => [i.code, i.known]), [
      ['0x80240022', true],
      ['0x04C85D96', false],
    ]);
  });

  it('decodes unknown codes fully and matches nothing', () => {
    const r = lookup('0x80070005');
    assert.deepEqual(r.matches, []);
    assert.equal(r.decoded?.win32, 5);
  });

  it('finds substrings of names in both catalogs, Intune first', () => {
    const r = lookup(':HTTP_STATUS_DENIED');
    assert.deepEqual(r.matches.map((m) => m.name), ['OM_E_PT_HTTP_STATUS_DENIED', 'WU_E_PT_HTTP_STATUS_DENIED']);
    assert.ok(r.matches.every((m) => m.matchedBy === 'substring'));
  });

  it('carries the twin both ways', () => {
    assert.deepEqual(lookup('0x80cf0001').matches[0]?.twin, { code: '0x80240001', name: 'WU_E_NO_SERVICE' });
    assert.deepEqual(lookup('0x80240001').matches[0]?.twin, { code: '0x80CF0001', name: 'OM_E_NO_SERVICE' });
  });

  it('finds entries under older aliases', () => {
    const byOldValue = lookup('0x80245FFF').matches[0];
    assert.equal(byOldValue?.name, 'WU_E_REDIRECTOR_UNEXPECTED');
    assert.equal(byOldValue?.code, '0x802450FF');
    assert.equal(byOldValue?.matchedBy, 'alias-code');
    const byOldName = lookup('WU_E_EXCLUSIVE_INSTALL_CONFILCT').matches[0];
    assert.equal(byOldName?.name, 'WU_E_EXCLUSIVE_INSTALL_CONFLICT');
    assert.equal(byOldName?.matchedBy, 'alias-name');
  });

  it('returns the parse error instead of throwing', () => {
    const r = lookup('0x123456789');
    assert.deepEqual(r.matches, []);
    assert.match(r.error ?? '', /"0x123456789" has 9 hex digits/);
  });
});
