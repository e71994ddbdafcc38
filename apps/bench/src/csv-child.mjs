// @ts-check
// One measurement of bench:csv, in plain Node (no TypeScript loader in the process or its
// worker threads, as a user's process would run): the bare parsers and the import.
// Usage: node csv-child.mjs <papaparse|csv-parse|import|import-1> <file>; prints one JSON line.
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';

const [mode, file] = process.argv.slice(2);
if (!mode || !file) throw new Error('usage: csv-child.mjs <mode> <file>');
const started = performance.now();
let rows = 0;
/** @type {Record<string, unknown>} */
let extra = {};
if (mode === 'papaparse') {
  const Papa = (await import('papaparse')).default;
  await new Promise((resolve, reject) =>
    Papa.parse(createReadStream(file, { encoding: 'utf8' }), {
      delimiter: ';',
      step: () => {
        rows++;
      },
      complete: () => resolve(undefined),
      error: reject,
    }),
  );
  rows--; // header
} else if (mode === 'csv-parse') {
  const { parse } = await import('csv-parse');
  const parser = createReadStream(file).pipe(parse({ delimiter: ';' }));
  parser.on('data', () => {
    rows++;
  });
  await new Promise((resolve, reject) => parser.on('end', resolve).on('error', reject));
  rows--;
} else if (mode === 'import' || mode === 'import-1') {
  const { importCsv } = await import('@banenafspraak/csv');
  const out = join(file, '..', 'out.ndjson');
  const mapping = JSON.parse(process.env.BENCH_MAPPING ?? '{}');
  const report = await importCsv(file, {
    type: 'Placement',
    mapping,
    out,
    asOf: '2026-06-01',
    ...(mode === 'import-1' ? { workers: 0 } : {}),
  });
  rows = report.stats.rows;
  extra = {
    validRows: report.stats.validRows,
    errorsByCode: report.stats.errorsByCode,
    warningsByCode: report.stats.warningsByCode,
    ndjsonBytes: statSync(out).size,
  };
} else throw new Error(`unknown mode ${mode}`);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `${JSON.stringify({ mode, rows, seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...extra })}\n`,
);
