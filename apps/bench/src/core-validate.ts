// Benchmark: full `validate` (structure + business rules) against bare zod `safeParse` of
// the same schema and against ajv compiled from the generated JSON Schema, on the same
// documents in the same run, against the built package (what vendors run).
// Instruction counts instead of wall clock: src/core-instructions.mjs.
// Run: `pnpm --filter @banenafspraak/bench bench:core [--seconds 0.5] [--rounds 7] [--only Placement]`;
// `--core DIR` measures another build of core (a copy of an earlier `dist`); `--baseline DIR` measures
// such a build's `validate` as a fourth contender in the same rounds, for before/after figures.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { AnyDocumentDefinition } from '@banenafspraak/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    seconds: { type: 'string', default: '0.5' },
    rounds: { type: 'string', default: '7' },
    only: { type: 'string', multiple: true },
    core: { type: 'string' },
    baseline: { type: 'string' },
  },
});
type Core = typeof import('@banenafspraak/core');
const load = (dir: string): Promise<Core> => import(pathToFileURL(join(resolve(dir), 'index.js')).href);
const core: Core = values.core ? await load(values.core) : await import('@banenafspraak/core');
const baseline: Core | undefined = values.baseline ? await load(values.baseline) : undefined;
const { CURRENT_STANDARD_VERSION, documentDefinitions, schemaPath, validate } = core;
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Runs `fn` over the documents repeatedly for about `seconds`; returns documents per second. */
function measure(docs: unknown[], fn: (doc: unknown) => unknown): number {
  let n = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < budget) {
    for (let i = 0; i < 500; i++) fn(docs[(n + i) % docs.length]);
    n += 500;
  }
  return n / (Number(process.hrtime.bigint() - start) / 1e9);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Variants of the canonical example so the benchmark does not validate one object only. */
function variants(definition: AnyDocumentDefinition): unknown[] {
  return Array.from({ length: 64 }, (_, i) => {
    const doc = structuredClone(definition.example) as Record<string, unknown>;
    doc.id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    return doc;
  });
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: unknown) => void)(ajv);

type Contender = 'zod' | 'validate' | 'ajv' | 'baseline';

interface Subject {
  readonly type: string;
  readonly runs: Partial<Record<Contender, (doc: unknown) => unknown>>;
  readonly docs: unknown[];
  readonly rates: Record<Contender, number[]>;
  readonly ratios: { zod: number[]; ajv: number[]; baseline: number[] };
}

const subjects: Subject[] = [];
for (const definition of documentDefinitions) {
  if (values.only && !values.only.includes(definition.type)) continue;
  const docs = variants(definition);
  const schema = JSON.parse(readFileSync(join(root, 'packages/core', schemaPath(CURRENT_STANDARD_VERSION, definition.type)), 'utf8'));
  delete schema.$id;
  const ajvValidate = ajv.compile(schema);
  if (!docs.every((d) => ajvValidate(d)))
    throw new Error(`ajv rejects the ${definition.type} example: ${JSON.stringify(ajvValidate.errors)}`);
  if (!docs.every((d) => validate(definition, d, { asOf: '2026-06-01' }).valid))
    throw new Error(`validate rejects the ${definition.type} example`);
  const runs: Subject['runs'] = {
    zod: (d: unknown) => definition.schema.safeParse(d),
    validate: (d: unknown) => validate(definition, d, { asOf: '2026-06-01' }),
    ajv: (d: unknown) => ajvValidate(d),
  };
  const before = baseline?.documentDefinitions.find((d) => d.type === definition.type);
  if (baseline && before) runs.baseline = (d: unknown) => baseline.validate(before, d, { asOf: '2026-06-01' });
  // Warm-up, so that the first round does not measure the JIT.
  for (const run of Object.values(runs)) for (let i = 0; i < 3000; i++) run(docs[i % docs.length]);
  subjects.push({
    type: definition.type,
    runs,
    docs,
    rates: { zod: [], validate: [], ajv: [], baseline: [] },
    ratios: { zod: [], ajv: [], baseline: [] },
  });
}

console.log(`validate vs bare zod vs ajv: ${rounds} interleaved rounds of ${seconds}s per measurement\n`);
// Each round measures every document with all three, in an order that rotates per round, so
// that load on a shared machine hits the three alike; the ratio of one round is a pair
// measured moments apart.
for (let r = 0; r < rounds; r++) {
  for (const s of subjects) {
    const order = (Object.keys(s.runs) as Contender[]).sort();
    const got: Partial<Record<Contender, number>> = {};
    for (let k = 0; k < order.length; k++) {
      const which = order[(k + r) % order.length] as Contender;
      const run = s.runs[which];
      if (!run) continue;
      got[which] = measure(s.docs, run);
      s.rates[which].push(got[which]);
    }
    const { zod = 0, validate: full = 0, ajv: ajvRate = 0, baseline: old } = got;
    s.ratios.zod.push(full / zod);
    s.ratios.ajv.push(full / ajvRate);
    if (old !== undefined) s.ratios.baseline.push(old / zod);
  }
  process.stderr.write(`round ${r + 1}/${rounds}\n`);
}

const n = (x: number) => Math.round(x).toLocaleString('en');
const ratio = (xs: number[]) => `${median(xs).toFixed(2)}× (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
const withBaseline = baseline !== undefined;
console.log(
  `| document | validate docs/s | bare zod docs/s | ajv docs/s | validate / zod (spread) | validate / ajv (spread) |${withBaseline ? ' baseline validate / zod (spread) |' : ''}`,
);
console.log(`|---|---:|---:|---:|---:|---:|${withBaseline ? '---:|' : ''}`);
for (const s of subjects)
  console.log(
    `| ${s.type} | ${n(median(s.rates.validate))} | ${n(median(s.rates.zod))} | ${n(median(s.rates.ajv))} | ${ratio(s.ratios.zod)} | ${ratio(s.ratios.ajv)} |${withBaseline ? ` ${ratio(s.ratios.baseline)} |` : ''}`,
  );
