// A large, reproducible corpus of validate() results: every canonical example plus many
// seeded mutations of it, for all document types, both locales and several `asOf` dates.
// It pins the observable behaviour of the rule engine (rule ids, severities, codes, paths and
// NL/EN messages) so a rewrite of the engine can be compared with the code before it.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { DocumentDefinition } from '../../src/documents/definition.js';
import { documentDefinitions } from '../../src/documents/index.js';
import { validate } from '../../src/validation/validate.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

/** Mutations generated per document type. */
export const MUTATIONS_PER_TYPE = 600;
const SEED = 20261202;
const AS_OF = ['2024-01-01', '2026-06-01', '2031-01-01'] as const;

/** Values a mutation may put anywhere: typical of the standard's fields and of their mistakes. */
const POOL: readonly Json[] = [
  null,
  true,
  false,
  0,
  -1,
  1,
  2,
  2.5,
  3,
  6,
  7,
  12,
  24,
  40,
  99,
  100,
  101,
  1e6,
  '',
  ' ',
  'x',
  '123456782',
  '123456789',
  '000000000',
  '12345678',
  '1234567',
  '000012345678',
  '002345678',
  '123456782L01',
  '123456782X01',
  '00000001001234567000',
  '00000004123456780000',
  '99999999999999999999',
  'GM0363',
  'GM9999',
  'GM0000',
  'gm0363',
  'AM22',
  'AM99',
  'AM00',
  'GM03630',
  '2020-01-01',
  '2025-12-31',
  '2026-01-01',
  '2026-03-01',
  '2026-05-31',
  '2026-06-01',
  '2026-12-31',
  '2027-02-28',
  '2030-01-01',
  '2026-02-30',
  '2026-03-01T09:00:00+01:00',
  '2026-13-01T09:00:00Z',
  'LKS',
  'LKS_FIXED_RATE',
  'JOB_COACH',
  'NO_RISK_POLICY',
  'GRANTED',
  'REJECTED',
  'REVOKED',
  'REQUESTED',
  'UWV',
  'MUNICIPALITY',
  'ACTIVE',
  'DRAFT',
  'ENDED',
  'TRIAL_PLACEMENT',
  'SECONDMENT',
  'REGULAR',
  'KVK',
  'OIN',
  'RSIN',
  'SBI_2008',
  'SBI_2025',
  '4711',
  '47110',
  'diagnose: depressie',
  'medicatie',
  [],
  {},
  [1],
  ['x'],
  { scheme: 'KVK', value: '12345678' },
  { version: 'SBI_2025', code: '47110' },
];

interface Located {
  readonly path: readonly Key[];
  readonly value: Json;
}

function locations(root: Json): Located[] {
  const out: Located[] = [];
  const walk = (node: Json, path: Key[]): void => {
    out.push({ path, value: node });
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, [...path, i]);
    } else if (node !== null && typeof node === 'object') for (const k of Object.keys(node)) walk(node[k] as Json, [...path, k]);
  };
  walk(root, []);
  return out;
}

function parentOf(root: Json, path: readonly Key[]): Json | undefined {
  let cur: Json | undefined = root;
  for (const k of path.slice(0, -1)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? cur[k as number] : cur[k as string];
  }
  return cur;
}

function shiftDate(s: string, days: number): string {
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return s;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) + s.slice(10);
}

/** One edit of a document: the kind, a location (by index into its locations) and a parameter. */
interface Edit {
  readonly kind: 'delete' | 'pool' | 'copy' | 'number' | 'date' | 'duplicate' | 'extra';
  readonly at: number;
  readonly n: number;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'pool', 'copy', 'number', 'number', 'date', 'date', 'duplicate', 'extra'),
  at: fc.nat(),
  n: fc.integer({ min: -400, max: 400 }),
});

function apply(doc: Json, e: Edit): void {
  const locs = locations(doc).filter((l) => l.path.length > 0);
  if (locs.length === 0) return;
  const target = locs[e.at % locs.length] as Located;
  const parent = parentOf(doc, target.path);
  if (parent === null || typeof parent !== 'object' || parent === undefined) return;
  const key = target.path[target.path.length - 1] as Key;
  const set = (v: Json): void => {
    if (Array.isArray(parent)) parent[key as number] = v;
    else parent[key as string] = v;
  };
  switch (e.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return;
    case 'pool':
      set(structuredClone(POOL[Math.abs(e.n) % POOL.length] as Json));
      return;
    case 'copy': {
      const other = locs[Math.abs(e.n) % locs.length] as Located;
      set(structuredClone(other.value));
      return;
    }
    case 'number':
      if (typeof target.value === 'number') set(e.n % 3 === 0 ? target.value + e.n : Math.round(target.value * (e.n / 100) * 100) / 100);
      else set(Math.abs(e.n) % 120);
      return;
    case 'date':
      if (typeof target.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(target.value)) set(shiftDate(target.value, e.n * 3));
      else set(shiftDate('2026-06-01', e.n));
      return;
    case 'duplicate':
      if (Array.isArray(target.value) && target.value.length > 0)
        target.value.push(structuredClone(target.value[Math.abs(e.n) % target.value.length] as Json));
      else if (Array.isArray(parent)) parent.push(structuredClone(target.value));
      return;
    case 'extra':
      if (target.value !== null && typeof target.value === 'object' && !Array.isArray(target.value))
        target.value[['extra', 'diagnose', 'medication', 'notes', 'bsn', 'extensions'][Math.abs(e.n) % 6] as string] = structuredClone(
          POOL[Math.abs(e.n) % POOL.length] as Json,
        );
      return;
  }
}

/** The documents of one type: the example, then its seeded mutations (1–4 edits each). */
export function corpusDocuments(definition: DocumentDefinition): Json[] {
  const example = structuredClone(definition.example) as Json;
  const edits = fc.sample(fc.array(edit, { minLength: 1, maxLength: 4 }), {
    seed: SEED + definition.type.length,
    numRuns: MUTATIONS_PER_TYPE,
  });
  return [
    example,
    ...edits.map((es) => {
      const doc = structuredClone(example);
      for (const e of es) apply(doc, e);
      return doc;
    }),
  ];
}

/**
 * The corpus results of one document type as text: one line per document, locale and
 * `asOf`, with validity and every issue (severity, code, rule id, path, message). Every third
 * document is validated as an update of the canonical example (`previous`).
 */
export function corpusOutput(definition: DocumentDefinition): string {
  const lines: string[] = [];
  corpusDocuments(definition).forEach((doc, i) => {
    for (const asOf of AS_OF)
      for (const locale of ['nl', 'en'] as const) {
        const options = {
          asOf,
          locale,
          ...(i % 3 === 2 ? { previous: definition.example } : {}),
          ...(i % 5 === 4 ? { environment: 'test' as const } : {}),
        };
        const r = validate(definition, structuredClone(doc), options);
        const issues = r.issues.map((x) => [x.severity, x.code, x.ruleId ?? null, x.path, x.message]);
        lines.push(JSON.stringify([i, asOf, locale, r.valid, issues]));
      }
  });
  return `${lines.join('\n')}\n${recordedOutput(definition)}`;
}

/** An input a rule test validated (recorded once from the test suite, test/corpus/rule-test-inputs.json.gz). */
interface RecordedInput {
  readonly type: string;
  readonly input: Json;
  readonly previous?: Json;
  readonly environment?: 'production' | 'test';
  readonly skipRules?: string[];
}

let recorded: readonly RecordedInput[] | undefined;
function recordedInputs(): readonly RecordedInput[] {
  recorded ??= JSON.parse(
    gunzipSync(readFileSync(new URL('./rule-test-inputs.json.gz', import.meta.url))).toString('utf8'),
  ) as RecordedInput[];
  return recorded;
}

/** Results of the inputs the rule tests validated, for both locales and two `asOf` dates. */
export function recordedOutput(definition: DocumentDefinition): string {
  const lines: string[] = [];
  recordedInputs().forEach((r, i) => {
    if (r.type !== definition.type) return;
    for (const asOf of ['2026-06-01', '2031-01-01'])
      for (const locale of ['nl', 'en'] as const) {
        const { previous, environment, skipRules } = r;
        const result = validate(definition, structuredClone(r.input), { asOf, locale, previous, environment, skipRules });
        const issues = result.issues.map((x) => [x.severity, x.code, x.ruleId ?? null, x.path, x.message]);
        lines.push(JSON.stringify([`t${i}`, asOf, locale, result.valid, issues]));
      }
  });
  return `${lines.join('\n')}\n`;
}

/** The document types of the corpus. */
export const corpusDefinitions: readonly DocumentDefinition[] = documentDefinitions;
