// Benchmark: full `validate` (structure + business rules) against bare zod `safeParse` of
// the same schema and against ajv compiled from the generated JSON Schema, on the same
// documents in the same run, against the built package (what vendors run).
// Run: `pnpm --filter @banenafspraak/bench bench:core [--seconds 2]`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type AnyDocumentDefinition, documentDefinitions, validate } from '@banenafspraak/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { seconds: { type: 'string', default: '2' } },
});
const seconds = Number(values.seconds);
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

function kebab(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Runs `fn` over the documents repeatedly for about `seconds`; returns documents per second. */
function measure(docs: unknown[], fn: (doc: unknown) => unknown): number {
  for (let i = 0; i < 2000; i++) fn(docs[i % docs.length]); // warm-up
  let n = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < budget) {
    for (let i = 0; i < 500; i++) fn(docs[(n + i) % docs.length]);
    n += 500;
  }
  return n / (Number(process.hrtime.bigint() - start) / 1e9);
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

const rows: string[] = [];
console.log(`validate vs bare zod vs ajv, ${seconds}s per measurement\n`);
for (const definition of documentDefinitions) {
  const docs = variants(definition);
  const schema = JSON.parse(readFileSync(join(root, `packages/core/schemas/${kebab(definition.type)}.schema.json`), 'utf8'));
  delete schema.$id;
  const ajvValidate = ajv.compile(schema);
  if (!docs.every((d) => ajvValidate(d)))
    throw new Error(`ajv rejects the ${definition.type} example: ${JSON.stringify(ajvValidate.errors)}`);
  const zod = measure(docs, (d) => definition.schema.safeParse(d));
  const full = measure(docs, (d) => validate(definition, d, { asOf: '2026-06-01' }));
  const ajvRate = measure(docs, (d) => ajvValidate(d));
  const row = `| ${definition.type} | ${Math.round(full).toLocaleString('en')} | ${Math.round(zod).toLocaleString('en')} | ${Math.round(ajvRate).toLocaleString('en')} | ${(full / zod).toFixed(2)}× | ${(full / ajvRate).toFixed(2)}× |`;
  rows.push(row);
  console.log(row);
}
console.log('\n| document | validate docs/s | bare zod docs/s | ajv docs/s | validate / zod | validate / ajv |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
