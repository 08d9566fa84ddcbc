// Parse + lookup throughput for hex, decimal and name input, each beside a bare reference that does the least
// possible work for the same answer (parseInt + Map.get over the raw rows), in one run so machine noise hits both.

import { CATALOG_ROWS } from '../src/core/_data/catalog.generated.js';
import { getCatalog } from '../src/core/catalog.js';
import { lookup } from '../src/core/lookup.js';

const entries = getCatalog();
const hexInputs = entries.map((e) => e.code.toLowerCase());
const decInputs = entries.map((e) => String(e.value | 0));
const nameInputs = entries.map((e) => e.name);

const rawByCode = new Map(CATALOG_ROWS.map((r) => [r.code, r]));
const rawByName = new Map(CATALOG_ROWS.map((r) => [r.name, r]));

let sink = 0;
function rate(inputs: readonly string[], fn: (s: string) => number, ms = 1500): number {
  const n = inputs.length;
  for (let i = 0; i < 20000; i++) sink += fn(inputs[i % n]!); // warm up the JIT
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 10000; i++) sink += fn(inputs[(ops + i) % n]!);
    ops += 10000;
    now = performance.now();
  }
  return ops / ((now - start) / 1000);
}

const cases = [
  ['hex', hexInputs, (s: string) => lookup(s).matches.length, (s: string) => (rawByCode.get(parseInt(s.slice(2), 16)) ? 1 : 0)],
  ['signed decimal', decInputs, (s: string) => lookup(s).matches.length, (s: string) => (rawByCode.get(Number(s) >>> 0) ? 1 : 0)],
  ['name', nameInputs, (s: string) => lookup(s).matches.length, (s: string) => (rawByName.get(s.toUpperCase()) ? 1 : 0)],
] as const;

console.log('parse + lookup per second (wuerr lookup() vs bare parseInt/Map.get reference), median of 3 rounds');
console.log('input            wuerr/s        reference/s    ratio');
const figures: Record<string, number> = {};
for (const [label, inputs, ours, reference] of cases) {
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < 3; round++) {
    a.push(rate(inputs, ours));
    b.push(rate(inputs, reference));
  }
  const med = (xs: number[]) => xs.sort((x, y) => x - y)[1]!;
  const [wuerr, ref] = [med(a), med(b)];
  figures[label] = wuerr;
  console.log(`${label.padEnd(16)} ${(wuerr / 1e6).toFixed(2).padStart(6)} M/s     ${(ref / 1e6).toFixed(2).padStart(6)} M/s     ${(wuerr / ref).toFixed(2)} ×`);
}
const target = 5e6;
console.log(`hex lookups: ${(figures['hex']! / 1e6).toFixed(2)} M/s, target ≥ ${target / 1e6} M/s: ${figures['hex']! >= target ? 'met' : 'MISSED'}`);
if (sink === -1) console.log(sink);
