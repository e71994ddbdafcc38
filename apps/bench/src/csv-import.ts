/**
 * Benchmark of `@banenafspraak/csv`: generates an N-row sheet with the placement template's 42
 * columns (`;`, Dutch values, CRLF, UTF-8) in a temp folder, then, in the same run, times
 *   - papaparse streaming (bare: no work per row),
 *   - csv-parse streaming (bare),
 *   - core's `validate` alone on the documents of the sheet (where the import's time goes),
 *   - the hand-written pipeline a user would write (papaparse + a plain mapping function + zod
 *     `safeParse` of the placement schema + `JSON.stringify`), interleaved with the full import
 *     (default worker threads, NDJSON) and repeated; the median ratio is the target's measure,
 *   - the full import with all four outputs (peak RSS), in the same rounds,
 *   - the full import in one thread (`workers: 0`).
 * Besides wall time each run reports its CPU time (user + system, all threads), which a busy
 * machine distorts far less, and the load average is printed with the figures.
 * Each measurement runs in its own child process so that peak RSS is measured fairly. The
 * packages run from their build (`dist`), as users run them; `bench:csv` builds them first.
 *
 *   pnpm --filter @banenafspraak/bench bench:csv              # 200,000 rows, 3 rounds
 *   pnpm --filter @banenafspraak/bench bench:csv -- --rows 100000 --repeat 5
 *   BENCH_WORKERS=2 …                                          # another worker count than the default
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** The 42 columns of the placement template (`banenafspraak-csv template --type placement`). */
const HEADER = [
  'Plaatsing-ID',
  'Status',
  'Kandidaat-ID',
  'Woongemeente',
  'Doelgroep',
  'In doelgroepregister',
  'Datum check doelgroepregister',
  'BSN',
  'Grondslag BSN',
  'Vacature-ID',
  'Soort plaatsing',
  'KvK-nummer',
  'Vestigingsnummer',
  'Loonheffingennummer',
  'Werkgever',
  'Arbeidsmarktregio',
  'Gemeente',
  'Startdatum',
  'Geplande einddatum',
  'Werkelijke einddatum',
  'Uren per week',
  'Baanequivalent',
  'Soort contract',
  'Contractduur (maanden)',
  'Proeftijd',
  'Uurloon',
  'Uurloon incl. vakantiegeld',
  'Cao',
  'Regeling proefplaatsing',
  'Duur proefplaatsing (maanden)',
  'Aansprakelijkheidsverzekering',
  'Ongevallenverzekering',
  'Eerdere proefplaatsing bij werkgever',
  'Na proefplaatsing bij zelfde werkgever',
  'Herkomst kandidaat',
  'Reden einde',
  'Voorziening',
  'Financier voorziening',
  'Status voorziening',
  'Voorziening vanaf',
  'Voorziening tot en met',
  'Loonwaarde',
];

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
const pad = (n: number) => String(n).padStart(2, '0');
/** Valid BSNs, one written with its leading zero lost (8 digits), as spreadsheets do. */
const BSNS = ['123456782', '111222333', '12345672', '999992077'] as const;

function row(i: number): string[] {
  const start = `${pad(1 + (i % 28))}-${pad(1 + (i % 12))}-2026`;
  const fixedTerm = i % 2 === 0;
  const lks = i % 4 === 0;
  return [
    `${hex(i, 8)}-5b2e-4c4e-9a57-${hex((i * 104729) % 0xffffffffffff, 12)}`,
    'Actief',
    `${hex(i, 8)}-4a7d-4c4e-9a57-${hex((i * 7919) % 0xffffffffffff, 12)}`,
    'GM0599',
    i % 3 === 0 ? 'Wajonger' : 'Participatiewet',
    'ja',
    '15-12-2025',
    BSNS[i % BSNS.length] ?? BSNS[0],
    'PARTICIPATION_ACT_EXECUTION',
    '',
    'Dienstverband',
    '12345678',
    '000012345678',
    '',
    'Bakkerij De Ster B.V.',
    'AM22',
    'GM0599',
    start,
    `${pad(1 + (i % 28))}-${pad(1 + (i % 12))}-2027`,
    '',
    `${16 + (i % 20)},5`,
    '',
    fixedTerm ? 'Tijdelijk' : 'Vast',
    fixedTerm ? '12' : '',
    'nee',
    `${14 + (i % 3)},71`,
    'nee',
    'Cao Bakkersbedrijf',
    '',
    '',
    '',
    '',
    '',
    'nee',
    'Gemeente',
    '',
    lks ? 'LKS' : '',
    lks ? 'Gemeente' : '',
    lks ? 'GRANTED' : '',
    lks ? start : '',
    '',
    lks ? '60' : '',
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

/** The template's headers map themselves: the import needs no mapping for this sheet. */
const MAPPING = {};

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
        id: r[2],
        targetGroup: { basis: 'WAJONG', inRegister: true, registerCheckedOn: '2025-12-15' },
        identity: { bsn: '123456782', bsnProcessingBasis: 'PARTICIPATION_ACT_EXECUTION' },
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

/** The threads of the `import` and `import-all` runs: the default on this machine, or `BENCH_WORKERS`. */
function defaultThreads(): string {
  const set = process.env.BENCH_WORKERS;
  const workers = set !== undefined ? Number(set) : Math.min(1, Math.max(0, availableParallelism() - 1));
  const threads = workers === 0 ? 'one thread' : `importing thread + ${workers} worker thread${workers > 1 ? 's' : ''}`;
  return set !== undefined ? `BENCH_WORKERS=${set}: ${threads}` : `default: ${threads}`;
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

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const rate = (r: Result): number => r.rows / r.seconds;

async function main(): Promise<void> {
  const { values } = parseArgs({
    // pnpm passes the `--` of `pnpm bench:csv -- --rows N` through; it separates nothing here.
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { rows: { type: 'string' }, repeat: { type: 'string' }, child: { type: 'string' }, keep: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.child) {
    await child(values.child);
    return;
  }
  const rows = Number(values.rows ?? 200_000);
  const repeat = Number(values.repeat ?? 3);
  const dir = mkdtempSync(join(tmpdir(), 'bench-csv-'));
  const file = join(dir, 'plaatsingen.csv');
  try {
    const g = performance.now();
    await generate(file, rows);
    const bytes = statSync(file).size;
    console.log(
      `Generated ${rows.toLocaleString('en')} rows, ${HEADER.length} columns (the placement template), ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - g) / 1000).toFixed(1)} s: ${file}`,
    );
    // The hand-written pipeline and the full import, interleaved and repeated in this run, so
    // that a busy machine slows both alike; the ratio of each pair is what counts. The import
    // with all four outputs repeats too: its peak RSS is a target for every run, not one.
    const load = [loadavg()];
    const rounds: { hand: Result; full: Result; all: Result }[] = [];
    for (let i = 0; i < repeat; i++) {
      const hand = measure('handwritten', file, rows);
      const full = measure('import', file, rows);
      const all = measure('import-all', file, rows);
      rounds.push({ hand, full, all });
      load.push(loadavg());
    }
    const results = [
      ...['papaparse', 'csv-parse'].map((m) => measure(m, file, rows)),
      measure('validate', file, rows),
      ...rounds.flatMap((p) => [p.hand, p.full]),
      measure('import-1', file, rows),
      ...rounds.map((p) => p.all),
    ];
    load.push(loadavg());
    const bare = results.filter((r) => r.mode === 'papaparse' || r.mode === 'csv-parse');
    const fastest = Math.max(...bare.map(rate));
    const label = (mode: string): string =>
      ({
        validate: 'core validate() alone (in memory, one thread)',
        handwritten: 'hand-written: papaparse + mapping function + zod safeParse + JSON.stringify (NDJSON)',
        import: `full import (decode, parse, map, validate, NDJSON), ${defaultThreads()}`,
        'import-1': 'full import in one thread (workers: 0), NDJSON',
        'import-all': `full import, all four outputs (NDJSON, report CSV, invalid rows, JSON report), ${defaultThreads()}`,
      })[mode] ?? `${mode} streaming (bare)`;
    console.log('');
    console.log('| run | rows | seconds | rows/s | × fastest bare parser | CPU seconds | peak RSS (MB) |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
      console.log(
        `| ${label(r.mode)} | ${r.rows.toLocaleString('en')} | ${r.seconds.toFixed(2)} | ${Math.round(rate(r)).toLocaleString('en')} | ${(rate(r) / fastest).toFixed(2)} | ${r.cpuSeconds === undefined ? '' : (r.cpuSeconds as number).toFixed(2)} | ${r.peakRssMb} |`,
      );
    }
    const val = results.find((x) => x.mode === 'validate');
    if (!val) throw new Error('no validate result');
    const spread = (xs: readonly number[], digits = 2) =>
      `median ${median(xs).toFixed(digits)}, spread ${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
    const ratios = rounds.map((p) => rate(p.full) / rate(p.hand));
    const cpuRatios = rounds.map((p) => (p.hand.cpuSeconds as number) / (p.full.cpuSeconds as number));
    const rss = rounds.map((p) => p.all.peakRssMb);
    const ratio = median(ratios);
    const worstRss = Math.max(...rss);
    console.log('');
    console.log(`load average (1 min) during the runs: ${load.map((l) => l[0]?.toFixed(1)).join(', ')}`);
    console.log(
      `validate(): ${(val.validateUsPerRow as number).toFixed(2)} µs/row, of which zod structure ${(val.zodOnlyUsPerRow as number).toFixed(2)} µs/row.`,
    );
    console.log(
      `full import ÷ hand-written pipeline (rows/s, ${repeat} interleaved pairs): ${spread(ratios)}×. Valid rows: import ${rounds[0]?.full.validRows}, hand-written ${rounds[0]?.hand.validRows}.`,
    );
    console.log(`hand-written CPU time ÷ import CPU time (both threads): ${spread(cpuRatios)}×.`);
    console.log(`peak RSS with all four outputs (${repeat} runs): ${spread(rss, 0)} MB.`);
    const all = rounds[0]?.all;
    console.log(`import errors ${JSON.stringify(all?.errorsByCode)}; warnings ${JSON.stringify(all?.warningsByCode)}.`);
    console.log(
      `Target full import ≥ 0.7× hand-written: ${ratio >= 0.7 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×); peak RSS < 200 MB with all four outputs in every run: ${worstRss < 200 ? 'met' : 'NOT met'} (at most ${worstRss} MB).`,
    );
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
