// Export time for every format over the whole catalog, beside a plain JSON.stringify of the catalog in the same run.

import { getCatalog } from '../src/core/catalog.js';
import { exportCatalog, EXPORT_FORMATS, type CatalogExportOptions } from '../src/core/export/index.js';

const RUNS = 25;

/** Median milliseconds of `fn` over RUNS runs, after three warm-up runs. */
function medianMs(fn: () => string): { ms: number; bytes: number } {
  let bytes = 0;
  for (let i = 0; i < 3; i++) bytes = fn().length;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    bytes = Buffer.byteLength(fn());
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)]!, bytes };
}

const catalog = getCatalog();
const cases: [string, CatalogExportOptions][] = [
  ...EXPORT_FORMATS.map((format): [string, CatalogExportOptions] => [format, { format }]),
  ['sql postgres', { format: 'sql', dialect: 'postgres' }],
  ['kql function', { format: 'kql', kqlForm: 'function' }],
  ['csv --lang de', { format: 'csv', lang: 'de' }],
];

console.log(`export of all ${catalog.length} catalog entries: median of ${RUNS} runs, beside JSON.stringify(getCatalog()) measured in the same run`);
console.log('format            wuerr ms   reference ms   ratio    output');
for (const [label, options] of cases) {
  // Interleave the two so machine noise hits both alike.
  const ours = medianMs(() => exportCatalog(options));
  const reference = medianMs(() => JSON.stringify(catalog));
  console.log(
    `${label.padEnd(16)} ${ours.ms.toFixed(2).padStart(9)} ${reference.ms.toFixed(2).padStart(13)}   ${(ours.ms / reference.ms).toFixed(2).padStart(5)} ×   ${(ours.bytes / 1024).toFixed(0)} KiB`,
  );
}
