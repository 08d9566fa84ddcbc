// Dataset-wide invariants over both catalogs. Each failure names the entry.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildCatalog } from '../scripts/build-catalog.js';
import { SEED_FILE } from '../scripts/sources.js';
import { isComponentId } from '../src/core/components.js';
import { findByCode, getCatalog, getCatalogEntries } from '../src/core/catalog.js';
import type { CatalogEntry } from '../src/core/types.js';

const all = getCatalog();
const intune = getCatalogEntries('intune');
const wu = getCatalogEntries('windows-update');
const wuTsv = readFileSync(new URL('../data/sources/wuerror.tsv', import.meta.url), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));

function failures(entries: readonly CatalogEntry[], check: (e: CatalogEntry) => string | undefined): string[] {
  return entries.flatMap((e) => {
    const why = check(e);
    return why === undefined ? [] : [`${e.code} ${e.name}: ${why}`];
  });
}

describe('catalog: the Intune catalog is exactly the seed table', () => {
  // An independent reading of the seed, simpler than the build's: code, name and the raw German cell.
  const rows = [...readFileSync(SEED_FILE, 'utf8').matchAll(/^\|\*\*(0x[0-9a-f]{8})\*\*\|([A-Z0-9_]+)\|(.*)\|$/gim)];
  it('has 209 rows, like the seed', () => {
    assert.equal(rows.length, 209);
    assert.equal(intune.length, 209);
  });
  it('holds the same codes, names and German text', () => {
    const byCode = new Map(intune.map((e) => [e.value, e]));
    for (const [, hex, name, cell] of rows) {
      const e = byCode.get(parseInt(hex!, 16) >>> 0);
      assert.ok(e, `${hex} ${name} is missing`);
      assert.equal(e.name, name, hex);
      const german = cell!.replace(/\*\*/g, '').replace(/&#42;/g, '*').replace(/\s+/g, ' ').trim();
      assert.equal(e.description.de, german, `${hex} ${name}: German text differs from the seed`);
      assert.equal(e.descriptionSource.de, 'seed', hex);
    }
  });
});

describe('catalog: the Windows Update catalog covers wuerror.tsv', () => {
  it('resolves every code and every name of the reference file', () => {
    for (const [code, name] of wuTsv) {
      const hits = findByCode(parseInt(code!, 16));
      assert.ok(hits.some((h) => h.entry.catalog === 'windows-update'), `${code} ${name}: no entry`);
      assert.ok(hits.some((h) => h.entry.name === name || h.entry.aliases?.names?.includes(name!)), `${code} ${name}: found, but not under this name`);
    }
  });
  it('keeps what the current SDK defines and records the rest as aliases', () => {
    const redirector = wu.find((e) => e.name === 'WU_E_REDIRECTOR_UNEXPECTED');
    assert.equal(redirector?.code, '0x802450FF');
    assert.deepEqual(redirector?.aliases?.codes, ['0x80245FFF']);
    const conflict = wu.find((e) => e.value === 0x80240019);
    assert.equal(conflict?.name, 'WU_E_EXCLUSIVE_INSTALL_CONFLICT');
    assert.deepEqual(conflict?.aliases?.names, ['WU_E_EXCLUSIVE_INSTALL_CONFILCT']);
    for (const old of [0x80244014, 0x80248012]) {
      const e = wu.find((x) => x.value === old);
      assert.ok(e?.notes?.some((n) => /only in a 2004-era/.test(n.en)), `0x${old.toString(16)} carries a note that only the 2004 header has it`);
    }
  });
});

describe('catalog: invariants over every entry', () => {
  it('has no draft placeholders and the generated module is up to date with data/', () => {
    const built = buildCatalog();
    const file = readFileSync(new URL('../src/core/_data/catalog.generated.ts', import.meta.url), 'utf8');
    assert.equal(file, built.files['catalog.generated.ts'], 'src/core/_data/catalog.generated.ts is stale: run npm run catalog');
    assert.deepEqual(failures(all, (e) => (/\[(draft|Entwurf)\]/.test(e.description.en + e.description.de) ? 'placeholder text' : undefined)), []);
  });
  for (const [label, entries] of [['Intune', intune], ['Windows Update', wu]] as const) {
    it(`${label}: codes and names are unique`, () => {
      const codes = new Set<number>();
      const names = new Set<string>();
      assert.deepEqual(
        failures(entries, (e) => {
          const dup = codes.has(e.value) ? 'code repeats' : names.has(e.name) ? 'name repeats' : undefined;
          codes.add(e.value);
          names.add(e.name);
          return dup;
        }),
        [],
      );
    });
  }
  it('severity bit agrees with the _S_/_E_ part of the name', () => {
    assert.deepEqual(failures(all, (e) => ((/_E_/.test(e.name) ? 'error' : 'success') === e.severity && (e.value >>> 31 === 1) === (e.severity === 'error') ? undefined : `severity ${e.severity}`)), []);
  });
  it('every entry has German and English text, and every note both languages', () => {
    assert.deepEqual(failures(all, (e) => (e.description.de.trim() && e.description.en.trim() ? undefined : 'empty description')), []);
    assert.deepEqual(failures(all, (e) => (e.notes ?? []).some((n) => !n.de.trim() || !n.en.trim()) ? 'empty note' : undefined), []);
    assert.deepEqual(failures(all, (e) => (e.description.de === e.description.en ? 'German and English are the same text' : undefined)), []);
  });
  it('every component is a known one', () => {
    assert.deepEqual(failures(all, (e) => (isComponentId(e.component) ? undefined : `unknown component ${e.component}`)), []);
  });
  it('facility is 0x0CF/0x0AF for Intune and 0x024 for Windows Update', () => {
    assert.deepEqual(failures(intune, (e) => ([0xcf, 0xaf].includes(e.facility.number) ? undefined : `facility ${e.facility.hex}`)), []);
    assert.deepEqual(failures(wu, (e) => (e.facility.number === 0x24 ? undefined : `facility ${e.facility.hex}`)), []);
  });
});

describe('catalog: twins', () => {
  const byCode = new Map(all.map((e) => [e.code, e]));
  it('links a pair only where the low 16 bits and the names (OM_ ↔ WU_) agree', () => {
    assert.deepEqual(
      failures(all, (e) => {
        if (!e.twin) return undefined;
        const t = byCode.get(e.twin.code);
        if (!t || t.name !== e.twin.name) return `twin ${e.twin.code} ${e.twin.name} does not exist`;
        if ((t.value & 0xffff) !== (e.value & 0xffff)) return 'low 16 bits differ';
        if (t.name.replace(/^WU_/, 'OM_') !== e.name.replace(/^WU_/, 'OM_')) return 'names differ';
        return t.catalog === e.catalog ? 'twin in the same catalog' : undefined;
      }),
      [],
    );
  });
  it('is symmetric', () => {
    assert.deepEqual(failures(all, (e) => (e.twin && byCode.get(e.twin.code)?.twin?.code !== e.code ? 'twin does not point back' : undefined)), []);
  });
  it('links every pair the rule allows (200) and no low word that carries a different error', () => {
    const wuByName = new Map(wu.map((e) => [e.name, e]));
    const missing = failures(intune, (e) => {
      const candidate = wuByName.get(e.name.replace(/^OM_/, 'WU_'));
      const isTwin = candidate !== undefined && (candidate.value & 0xffff) === (e.value & 0xffff);
      return isTwin !== (e.twin !== undefined) ? (isTwin ? 'twin not linked' : 'linked without a twin') : undefined;
    });
    assert.deepEqual(missing, []);
    assert.equal(intune.filter((e) => e.twin).length, 200);
    // Same low word and severity, different error: these must stay unlinked.
    const clashes = intune.filter((e) => !e.twin && wu.some((w) => (w.value & 0xffff) === (e.value & 0xffff) && w.severity === e.severity));
    assert.deepEqual(clashes.map((e) => e.name).sort(), [
      'OMC_E_DOWNLOAD_CANCELLED',
      'OMC_E_INSTALL_NOT_ALLOWED_REBOOT_REQUIRED',
      'OM_E_AU_ALREADY_PROMPTING_FOR_REBOOT',
      'OM_E_DOWNLOAD_COMPLETED_WITH_SOME_FAILURES',
      'OM_E_INSTALL_COMPLETED_WITH_SOME_FAILURES',
      'OM_E_INVALIDWUAVERSION',
      'OM_E_NOTSUPPORTED',
      'OM_E_SEARCH_COMPLETED_WITH_SOME_FAILURES',
      'OM_E_WINUPDATE_CACHE_UNINITIALIZED',
    ]);
    for (const e of clashes) assert.equal(e.twin, undefined, `${e.name} must not be linked`);
  });
  it('German text of every twin pair is the seed text or explicitly wuerr’s own', () => {
    assert.deepEqual(
      failures(wu, (e) => {
        if (!e.twin) return e.descriptionSource.de === 'wuerr' ? undefined : `German source ${e.descriptionSource.de} without a twin`;
        const om = byCode.get(e.twin.code)!;
        if (e.descriptionSource.de === 'seed-twin') return e.description.de === om.description.de ? undefined : 'claims the seed text but differs';
        return e.descriptionSource.de === 'wuerr' && e.description.de !== om.description.de ? undefined : 'own German text equals the seed';
      }),
      [],
    );
  });
});
