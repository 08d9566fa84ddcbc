// Every fixture log: the exact codes and counts wuerr scan must find, and the traps in it it must not report.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { scanFile } from '../src/node/scan-file.js';
import type { MalformedToken, Occurrence } from '../src/core/scan-types.js';

const dir = fileURLToPath(new URL('./fixtures/scan/', import.meta.url));

/** Per fixture: exact counts per code, malformed tokens, and tokens in the file that are not codes. */
const CASES: Record<string, { codes: Record<string, number>; malformed?: number; traps: readonly string[]; timed?: boolean }> = {
  'WindowsUpdate-legacy.log': {
    codes: { '0x80072EFD': 9, '0x8024402C': 2 },
    malformed: 1,
    traps: ['8E123A33', '1a2c', '16c0', 'KB5034441', '10.0.19041.3803', 'b1946ac92492d2347c6235b4d2611184', '3f2a9c0d1e5b7a8c9d0e1f2a3b4c5d6e7f8a9b0c', '0x00000010', '0x32', '0x020109', '0x0024402C', '0x8024402C1'],
    timed: true,
  },
  'WindowsUpdate-etl.log': {
    codes: { '0x80240438': 4, '0x80248014': 1, '0x8024A105': 1, '0x80070307': 1 },
    traps: ['7971f918', '80248014-AAAA', '4567890', '1023.1020.2192.0', '6784', '4420', '2049', '3745'],
    timed: true,
  },
  'ReportingEvents.log': {
    codes: { '0x80072EFD': 2, '0x8024200D': 2, '0x80070643': 2 },
    traps: ['9A5B3C2D', 'D67661EB', 'KB5034441', 'KB2267602', '1.403.1234.0', '148', '183'],
    timed: true,
  },
  'CBS.log': {
    codes: { '0x800F0922': 4 },
    traps: ['31bf3856ad364e35', '7e0f6b2b8f7d4e0f', '31086572', '3791423861', '00000012', '00000002', '00000000', '0x1f2a3b4c5d6e', '0x00000000', 'd16d444c'],
    timed: true,
  },
  'DISM.log': { codes: { '0x800F081F': 3 }, traps: ['4312', '5120', '10.0.19041.3636'], timed: true },
  'setuperr.log': { codes: { '0x80070005': 2, '0xC1900101': 2 }, traps: ['0x00000005', '0x00000002', '441'], timed: true },
  'setupact.log': { codes: { '0x8007001F': 1 }, traps: ['2B8E1E4C', '10.0.19045.3803', '104857600', '19045'], timed: true },
  'IntuneManagementExtension.log': {
    codes: { '0x87D1FDE8': 1, '0x80240022': 2, '0x80CF4017': 2 },
    traps: ['3f8e2b1a', '1603', '2147483648', '4294967295', '4560000'],
    timed: true,
  },
  'powershell-output.txt': {
    codes: { '0x8024001E': 1, '0x80240024': 1, '0x87D1041C': 1, '0x80CF0001': 1, '0x80240017': 1 },
    traps: ['6a3b2c1d', '2024-01-15T09:12:33.123Z', '10.0.19045.3803', 'PC-0042'],
  },
  'intune-report.csv': { codes: { '0x87D1FDE8': 2, '0x80240022': 1, '0x80CF4017': 1 }, traps: ['PC-0006,finn@contoso.com,Pending,2', 'Installed,0'], timed: true },
};

for (const [name, want] of Object.entries(CASES)) {
  test(`scan finds exactly the codes in ${name}`, async () => {
    const text = readFileSync(dir + name, 'utf8');
    const seen: Occurrence[] = [];
    const bad: MalformedToken[] = [];
    const summary = await scanFile(dir + name, { onOccurrence: (o) => seen.push(o), onMalformed: (m) => bad.push(m) });
    const got = Object.fromEntries(summary.codes.map((c) => [c.code, c.count]));
    assert.deepEqual(got, want.codes, `${name}: codes and counts`);
    assert.equal(seen.length, Object.values(want.codes).reduce((a, b) => a + b, 0), `${name}: occurrence callbacks`);
    assert.equal(bad.length, want.malformed ?? 0, `${name}: malformed tokens ${JSON.stringify(bad.map((m) => m.text))}`);
    // Where each occurrence starts and ends in the file, to check that none overlaps a trap.
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const spans = seen.map((o) => [lineStarts[o.line - 1]! + o.column - 1, lineStarts[o.line - 1]! + o.column - 1 + o.text.length] as const);
    for (const trap of want.traps) {
      assert.ok(text.includes(trap), `${name}: the trap ${trap} is really in the file`);
      for (let at = text.indexOf(trap); at >= 0; at = text.indexOf(trap, at + 1)) {
        const hit = spans.findIndex(([a, b]) => a < at + trap.length && at < b);
        assert.equal(hit, -1, `${name}: trap ${trap} reported as ${seen[hit]?.code}`);
      }
    }
    for (const o of seen) {
      const line = text.split('\n')[o.line - 1] ?? '';
      assert.equal(line.slice(o.column - 1, o.column - 1 + o.text.length), o.text, `${name}: ${o.text} at ${o.line}:${o.column}`);
      if (want.timed) assert.match(o.time ?? '', /^2024-01-15T\d\d:\d\d:\d\d/, `${name}: time of line ${o.line}`);
    }
  });
}
