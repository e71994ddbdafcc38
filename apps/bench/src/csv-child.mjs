// @ts-check
// One measurement of bench:csv, in plain Node (no TypeScript loader in the process or its
// worker threads, as a user's process would run): the bare parsers and the import.
// Usage: node csv-child.mjs <papaparse|csv-parse|handwritten|import|import-1|import-all> <file>;
// prints one JSON line.
import { createReadStream, createWriteStream, statSync, writeFileSync } from 'node:fs';
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
} else if (mode === 'handwritten') {
  // What a user would write by hand: papaparse, a plain mapping function for this sheet's
  // columns, zod's safeParse of the placement schema, and JSON.stringify of the valid rows.
  const Papa = (await import('papaparse')).default;
  const { PlacementDefinition } = await import('@banenafspraak/core');
  const { handMapping } = await import('./csv-hand-mapping.mjs');
  const out = createWriteStream(join(file, '..', 'out-hand.ndjson'));
  let header = true;
  let valid = 0;
  await new Promise((resolve, reject) =>
    Papa.parse(createReadStream(file, { encoding: 'utf8' }), {
      delimiter: ';',
      step: (result, parser) => {
        if (header) {
          header = false;
          return;
        }
        rows++;
        const parsed = PlacementDefinition.schema.safeParse(handMapping(/** @type {string[]} */ (result.data)));
        if (!parsed.success) return;
        valid++;
        if (!out.write(`${JSON.stringify(parsed.data)}\n`)) {
          parser.pause();
          out.once('drain', () => parser.resume());
        }
      },
      complete: () => out.end(() => resolve(undefined)),
      error: reject,
    }),
  );
  extra = { validRows: valid };
} else if (mode === 'import' || mode === 'import-1' || mode === 'import-all') {
  const { importCsv } = await import('@banenafspraak/csv');
  const out = join(file, '..', 'out.ndjson');
  const mapping = JSON.parse(process.env.BENCH_MAPPING ?? '{}');
  const dir = join(file, '..');
  const report = await importCsv(file, {
    type: 'Placement',
    mapping,
    out,
    asOf: '2026-06-01',
    ...(mode === 'import-1' ? { workers: 0 } : {}),
    // BENCH_WORKERS measures another worker count than this machine's default (e.g. 3, the most).
    ...(mode !== 'import-1' && process.env.BENCH_WORKERS ? { workers: Number(process.env.BENCH_WORKERS) } : {}),
    // All four outputs: NDJSON, report CSV, invalid rows, and the JSON report written below.
    ...(mode === 'import-all' ? { reportCsv: join(dir, 'report.csv'), invalidRows: join(dir, 'invalid.csv') } : {}),
  });
  if (mode === 'import-all') writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  rows = report.stats.rows;
  extra = {
    validRows: report.stats.validRows,
    errorsByCode: report.stats.errorsByCode,
    warningsByCode: report.stats.warningsByCode,
    ndjsonBytes: statSync(out).size,
  };
} else throw new Error(`unknown mode ${mode}`);
const seconds = (performance.now() - started) / 1000;
// CPU time of the whole process (all its threads, start-up included): a busy machine stretches
// wall time but hardly the CPU time a run needs.
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
process.stdout.write(`${JSON.stringify({ mode, rows, seconds, cpuSeconds, peakRssMb: Math.round(usage.maxRSS / 1024), ...extra })}\n`);
