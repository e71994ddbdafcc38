// Benchmark: full `validate` (structure + business rules) against bare zod `safeParse` of
// the same schema and against ajv compiled from the generated JSON Schema, on the same
// documents in the same run, against the built package (what vendors run).
// Run: `pnpm --filter @banenafspraak/bench bench:core [--seconds 0.5] [--rounds 7] [--only Placement]`;
// `--core DIR` measures another build of core (e.g. a copy of an earlier `dist`) for before/after figures.
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
  },
});
const core: typeof import('@banenafspraak/core') = values.core
  ? await import(pathToFileURL(join(resolve(values.core), 'index.js')).href)
  : await import('@banenafspraak/core');
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

interface Subject {
  readonly type: string;
  readonly runs: Record<'zod' | 'validate' | 'ajv', (doc: unknown) => unknown>;
  readonly docs: unknown[];
  readonly rates: Record<'zod' | 'validate' | 'ajv', number[]>;
  readonly ratios: { zod: number[]; ajv: number[] };
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
  const runs = {
    zod: (d: unknown) => definition.schema.safeParse(d),
    validate: (d: unknown) => validate(definition, d, { asOf: '2026-06-01' }),
    ajv: (d: unknown) => ajvValidate(d),
  };
  // Warm-up, so that the first round does not measure the JIT.
  for (const run of Object.values(runs)) for (let i = 0; i < 3000; i++) run(docs[i % docs.length]);
  subjects.push({ type: definition.type, runs, docs, rates: { zod: [], validate: [], ajv: [] }, ratios: { zod: [], ajv: [] } });
}

console.log(`validate vs bare zod vs ajv: ${rounds} interleaved rounds of ${seconds}s per measurement\n`);
// Each round measures every document with all three, in an order that rotates per round, so
// that load on a shared machine hits the three alike; the ratio of one round is a pair
// measured moments apart.
const order = ['zod', 'validate', 'ajv'] as const;
for (let r = 0; r < rounds; r++) {
  for (const s of subjects) {
    const got: Partial<Record<(typeof order)[number], number>> = {};
    for (let k = 0; k < order.length; k++) {
      const which = order[(k + r) % order.length] as (typeof order)[number];
      got[which] = measure(s.docs, s.runs[which]);
      s.rates[which].push(got[which]);
    }
    s.ratios.zod.push((got.validate as number) / (got.zod as number));
    s.ratios.ajv.push((got.validate as number) / (got.ajv as number));
  }
  process.stderr.write(`round ${r + 1}/${rounds}\n`);
}

const n = (x: number) => Math.round(x).toLocaleString('en');
const ratio = (xs: number[]) => `${median(xs).toFixed(2)}× (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
console.log('| document | validate docs/s | bare zod docs/s | ajv docs/s | validate / zod (spread) | validate / ajv (spread) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const s of subjects)
  console.log(
    `| ${s.type} | ${n(median(s.rates.validate))} | ${n(median(s.rates.zod))} | ${n(median(s.rates.ajv))} | ${ratio(s.ratios.zod)} | ${ratio(s.ratios.ajv)} |`,
  );
