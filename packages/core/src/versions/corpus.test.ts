// The 0.1 corpus: every canonical 0.1 example, and generated variants of them with unknown
// top-level fields and 0.1 vendor extensions, migrates to the current version and validates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentType } from '../common/building-blocks.js';
import { getDocumentDefinition } from '../documents/index.js';
import { validate } from '../validation/validate.js';
import { migrate } from './migrate.js';
import type { MigrationReport } from './migration.js';
import { canonical0_1, defined } from './test-helpers.js';
import { TOP_LEVEL_FIELDS_0_1 } from './to-0.2.js';
import { CURRENT_STANDARD_VERSION } from './versions.js';

const corpus = canonical0_1();
const SEED = 20261202;
const RUNS = 60;

type Path = (string | number)[];

/** Every leaf value of a JSON document with its path (empty objects and arrays count as leaves). */
function leaves(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    if (entries.length > 0) return entries.flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [{ path, value }];
}

function get(value: unknown, path: readonly (string | number)[]): unknown {
  let cur = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** Equal leaves: the same primitive, or both an empty array or both an empty object. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === 0 && b.length === 0;
  return (
    a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Object.keys(a).length === 0 && Object.keys(b).length === 0
  );
}

const startsWith = (path: Path, prefix: readonly (string | number)[]) => prefix.every((k, i) => path[i] === k);

/**
 * Each value of the input is in the output at its own path, or at the place a reported move
 * took it to, or its path is named by a reported `set`. Returns the values that are neither.
 */
function unaccounted(input: unknown, output: unknown, report: MigrationReport): Path[] {
  const changes = report.steps.flatMap((s) => s.changes);
  return leaves(input)
    .filter(({ path, value }) => {
      if (same(get(output, path), value)) return false;
      for (const c of changes) {
        if (c.kind === 'set' && startsWith(path, c.path)) return false;
        if (c.kind === 'moved' && c.to && startsWith(path, c.path) && same(get(output, [...c.to, ...path.slice(c.path.length)]), value))
          return false;
      }
      return true;
    })
    .map((l) => l.path);
}

const unknownFieldName = (type: DocumentType) =>
  fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !TOP_LEVEL_FIELDS_0_1[type]?.includes(k));
const legacyExtensionKey = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9-]{0,10}$/))
  .map(([vendor, name]) => `x-${vendor}-${name}`);
const json = fc.jsonValue({ maxDepth: 2 });

/** A 0.1 document of the corpus, possibly with unknown top-level fields and 0.1 extensions. */
const document01 = fc
  .constantFrom(...corpus.filter((d) => d.documentType !== 'EmployerInstruction'))
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      unknown: fc.dictionary(unknownFieldName(base.documentType as DocumentType), json, { maxKeys: 4 }),
      extensions: fc.option(fc.dictionary(legacyExtensionKey, json, { minKeys: 1, maxKeys: 3 }), { nil: undefined }),
    }),
  )
  .map(({ base, unknown, extensions }) => {
    const doc = { ...structuredClone(base), ...unknown };
    if (extensions) doc.extensions = extensions;
    return doc as Record<string, unknown>;
  });

describe('the 0.1 corpus migrates to the current version', () => {
  it.each(corpus.map((d) => [d.documentType, d] as const))('canonical 0.1 %s migrates and validates without errors', (type, doc) => {
    const result = migrate(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.standardVersion).toBe(CURRENT_STANDARD_VERSION);
    const checked = validate(defined(getDocumentDefinition(type as string), String(type)), result.document, { asOf: '2026-06-01' });
    expect(checked.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('generated variants (unknown top-level fields, 0.1 extensions) migrate, validate and lose nothing silently', () => {
    fc.assert(
      fc.property(document01, (doc) => {
        const before = structuredClone(doc);
        const result = migrate(doc);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(doc).toEqual(before);
        expect(unaccounted(doc, result.document, result.report)).toEqual([]);
        const checked = validate(defined(getDocumentDefinition(doc.documentType as string), String(doc.documentType)), result.document, {
          asOf: '2026-06-01',
        });
        expect(checked.issues.filter((i) => i.severity === 'error')).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('migrate is idempotent: migrating the result again changes nothing and reports nothing', () => {
    fc.assert(
      fc.property(document01, (doc) => {
        const once = migrate(doc);
        if (!once.ok) throw new Error('corpus document did not migrate');
        const twice = migrate(once.document);
        expect(twice).toEqual({
          ok: true,
          document: once.document,
          report: { ...once.report, fromVersion: CURRENT_STANDARD_VERSION, steps: [] },
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the accounting check itself notices a dropped value', () => {
    const doc = {
      ...structuredClone(
        defined(
          corpus.find((d) => d.documentType === 'Vacancy'),
          'Vacancy',
        ),
      ),
      extra: 1,
    };
    const result = migrate(doc);
    if (!result.ok) throw new Error('did not migrate');
    const dropped = structuredClone(result.document) as { extensions: Record<string, Record<string, unknown>> };
    for (const bucket of Object.values(dropped.extensions)) delete bucket.extra;
    expect(unaccounted(doc, dropped, result.report)).toEqual([['extra']]);
  });
});
