/**
 * Benchmark of `@banenafspraak/csv`: generates an N-row placement sheet (`;`, Dutch values,
 * CRLF, UTF-8) in a temp folder, then, in the same run, times
 *   - papaparse streaming (bare: no work per row),
 *   - csv-parse streaming (bare),
 *   - core's `validate` alone on the documents of the sheet (where the import's time goes),
 *   - the full import: decode, parse, map, validate, write NDJSON to a file, with the default
 *     worker threads and in one thread (`workers: 0`).
 * Each measurement runs in its own child process so that peak RSS is measured fairly. The
 * packages run from their build (`dist`), as users run them; `bench:csv` builds them first.
 *
 *   pnpm --filter @banenafspraak/bench bench:csv              # 1,000,000 rows
 *   pnpm --filter @banenafspraak/bench bench:csv -- --rows 100000
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HEADER = [
  'Kandidaat-ID',
  'BSN',
  'Doelgroep',
  'In doelgroepregister',
  'Datum check doelgroepregister',
  'Soort plaatsing',
  'Status',
  'KvK-nummer',
  'Vestigingsnummer',
  'Regio',
  'Gemeente',
  'Startdatum',
  'Uren p/w',
  'Uurloon',
  'Soort contract',
  'Proeftijd',
  'Herkomst kandidaat',
];

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
const pad = (n: number) => String(n).padStart(2, '0');
const BSNS = ['123456782', '111222333', '012345672', '999992077'] as const;

function row(i: number): string[] {
  return [
    `${hex(i, 8)}-4a7d-4c4e-9a57-${hex((i * 7919) % 0xffffffffffff, 12)}`,
    BSNS[i % BSNS.length] ?? BSNS[0],
    i % 3 === 0 ? 'Wajonger' : 'Participatiewet',
    'ja',
    '15-12-2025',
    'Dienstverband',
    'Actief',
    '12345678',
    '000012345678',
    'AM22',
    'GM0599',
    `${pad(1 + (i % 28))}-${pad(1 + (i % 12))}-2026`,
    `${16 + (i % 20)},5`,
    `${14 + (i % 3)},71`,
    i % 2 === 0 ? 'Tijdelijk' : 'Vast',
    'nee',
    'Gemeente',
  ];
}

async function generate(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  let buf = `${HEADER.join(';')}\r\n`;
  for (let i = 0; i < rows; i++) {
    buf += `${row(i).join(';')}\r\n`;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  await new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    out.end(buf, () => resolve());
  });
}

const MAPPING = {
  columns: { Doelgroep: { field: 'candidate.targetGroup.basis', values: { Participatiewet: 'PW_NO_WML_CAPACITY' } } },
  constants: { 'candidate.identity.bsnProcessingBasis': 'PARTICIPATION_ACT_EXECUTION', candidateSource: 'MUNICIPALITY' },
  ignore: ['Herkomst kandidaat'],
};

/** The in-memory `validate` measurement, in this (child) process. Prints a JSON line. */
async function child(mode: string): Promise<void> {
  if (mode !== 'validate') throw new Error(`unknown mode ${mode}`);
  // core's validate alone on the documents the import builds, to show where the time goes.
  const { validate, PlacementDefinition } = await import('@banenafspraak/core');
  const n = Number(process.env.BENCH_ROWS ?? 100000);
  const docs = Array.from({ length: 1000 }, (_, i) => {
    const r = row(i);
    return {
      documentType: 'Placement',
      standardVersion: '0.2',
      confidentiality: 'CASE_CONFIDENTIAL',
      status: 'ACTIVE',
      candidate: {
        id: r[0],
        targetGroup: { basis: 'WAJONG', inRegister: true, registerCheckedOn: '2025-12-15' },
        identity: { bsn: r[1], bsnProcessingBasis: 'PARTICIPATION_ACT_EXECUTION' },
      },
      type: 'EMPLOYMENT',
      employer: { kvkNumber: '12345678', establishment: '000012345678' },
      region: 'AM22',
      municipality: 'GM0599',
      startDate: '2026-03-01',
      hoursPerWeek: 24.5,
      contract: { kind: 'FIXED_TERM', probationPeriod: false, hourlyWageCents: 1471 },
      candidateSource: 'MUNICIPALITY',
    };
  });
  const started = performance.now();
  for (let i = 0; i < n; i++) validate(PlacementDefinition, docs[i % docs.length], { asOf: '2026-06-01' });
  const structure = performance.now();
  for (let i = 0; i < n; i++) PlacementDefinition.schema.safeParse(docs[i % docs.length]);
  const done = performance.now();
  const extra = { zodOnlyUsPerRow: ((done - structure) * 1000) / n, validateUsPerRow: ((structure - started) * 1000) / n };
  process.stdout.write(
    `${JSON.stringify({ mode, rows: n, seconds: (structure - started) / 1000, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...extra })}\n`,
  );
}

/** What the import's default `workers` gives on this machine (see packages/csv parallel.ts). */
function defaultThreads(): string {
  const workers = Math.max(0, Math.min(3, availableParallelism() - 1));
  return workers === 0 ? 'one thread' : `importing thread + ${workers} worker thread${workers > 1 ? 's' : ''}`;
}

interface Result {
  mode: string;
  rows: number;
  seconds: number;
  peakRssMb: number;
  [k: string]: unknown;
}

function measure(mode: string, file: string, rows: number): Result {
  // The parsers and the import run in plain Node from the built packages; only the in-memory
  // validate measurement needs this file's TypeScript.
  const args =
    mode === 'validate'
      ? [
          '--import',
          pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href,
          fileURLToPath(import.meta.url),
          '--child',
          mode,
          file,
        ]
      : [fileURLToPath(new URL('./csv-child.mjs', import.meta.url)), mode, file];
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, BENCH_ROWS: String(Math.min(rows, 200000)), BENCH_MAPPING: JSON.stringify(MAPPING) },
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${mode} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as Result;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    // pnpm passes the `--` of `pnpm bench:csv -- --rows N` through; it separates nothing here.
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { rows: { type: 'string' }, child: { type: 'string' }, keep: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.child) {
    await child(values.child);
    return;
  }
  const rows = Number(values.rows ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'bench-csv-'));
  const file = join(dir, 'plaatsingen.csv');
  try {
    const g = performance.now();
    await generate(file, rows);
    const bytes = statSync(file).size;
    console.log(
      `Generated ${rows.toLocaleString('en')} rows, ${HEADER.length} columns, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - g) / 1000).toFixed(1)} s: ${file}`,
    );
    const results = ['papaparse', 'csv-parse', 'validate', 'import', 'import-1'].map((m) => measure(m, file, rows));
    const bare = results.filter((r) => r.mode === 'papaparse' || r.mode === 'csv-parse');
    const fastest = Math.max(...bare.map((r) => r.rows / r.seconds));
    console.log('');
    console.log('| run | rows | seconds | rows/s | × fastest bare parser | peak RSS (MB) |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of results) {
      const rate = r.rows / r.seconds;
      const label =
        r.mode === 'validate'
          ? 'core validate() alone (in memory, one thread)'
          : r.mode === 'import'
            ? `full import (decode, parse, map, validate, NDJSON), default: ${defaultThreads()}`
            : r.mode === 'import-1'
              ? 'full import in one thread (workers: 0)'
              : `${r.mode} streaming (bare)`;
      console.log(
        `| ${label} | ${r.rows.toLocaleString('en')} | ${r.seconds.toFixed(2)} | ${Math.round(rate).toLocaleString('en')} | ${(rate / fastest).toFixed(2)} | ${r.peakRssMb} |`,
      );
    }
    const byMode = (mode: string): Result => {
      const r = results.find((x) => x.mode === mode);
      if (!r) throw new Error(`no ${mode} result`);
      return r;
    };
    const imp = byMode('import');
    const one = byMode('import-1');
    const val = byMode('validate');
    console.log('');
    console.log(
      `validate(): ${(val.validateUsPerRow as number).toFixed(2)} µs/row, of which zod structure ${(val.zodOnlyUsPerRow as number).toFixed(2)} µs/row.`,
    );
    console.log(
      `import in one thread: ${((one.seconds * 1e6) / one.rows).toFixed(2)} µs/row, ${(one.rows / one.seconds / fastest).toFixed(2)}× fastest bare parser, ${one.peakRssMb} MB.`,
    );
    console.log(
      `import: ${((imp.seconds * 1e6) / imp.rows).toFixed(2)} µs/row; valid rows ${imp.validRows}; errors ${JSON.stringify(imp.errorsByCode)}; warnings ${JSON.stringify(imp.warningsByCode)}.`,
    );
    const ratio = imp.rows / imp.seconds / fastest;
    console.log(
      `Target ≥ 0.4× fastest bare parser: ${ratio >= 0.4 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×); peak RSS < 200 MB: ${imp.peakRssMb < 200 ? 'met' : 'NOT met'} (${imp.peakRssMb} MB).`,
    );
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
