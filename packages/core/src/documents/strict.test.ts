import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { documentJsonSchema } from '../../scripts/artifacts.js';
import { EXTENSION_KEY_PATTERN, Extensions } from '../common/primitives.js';
import { validate } from '../validation/validate.js';
import { defined } from '../versions/test-helpers.js';
import { documentDefinitions } from './index.js';

const UNKNOWN = 'zzNotAField';

/** Paths of every plain object in a document, outside `extensions` (free-form by design). */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  const out = [path];
  for (const [key, child] of Object.entries(value)) {
    if (key !== 'extensions') out.push(...objectPaths(child, [...path, key]));
  }
  return out;
}

function at(doc: unknown, path: readonly (string | number)[]): Record<string, unknown> {
  let cur = doc as Record<string | number, unknown>;
  for (const key of path) cur = cur[key] as Record<string | number, unknown>;
  return cur as Record<string, unknown>;
}

/** Every object schema reachable from a schema, with a readable location. */
function objectSchemas(schema: z.core.$ZodType, where: string, seen = new Set<unknown>()): { where: string; schema: z.core.$ZodObject }[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const out: { where: string; schema: z.core.$ZodObject }[] = [];
  if (def.type === 'object') {
    out.push({ where, schema: schema as z.core.$ZodObject });
    for (const [key, child] of Object.entries((schema as z.core.$ZodObject)._zod.def.shape)) {
      out.push(...objectSchemas(child, `${where}.${key}`, seen));
    }
    return out;
  }
  for (const key of ['innerType', 'element', 'in', 'out', 'valueType']) {
    const child = def[key];
    if (child && typeof child === 'object' && '_zod' in child) out.push(...objectSchemas(child as z.core.$ZodType, where, seen));
  }
  for (const key of ['options', 'items']) {
    const list = def[key];
    if (Array.isArray(list)) for (const child of list) out.push(...objectSchemas(child as z.core.$ZodType, where, seen));
  }
  return out;
}

describe('strict documents', () => {
  for (const definition of documentDefinitions) {
    describe(definition.type, () => {
      it('reports an unknown field at any depth as an error with its path, and keeps the known ones', () => {
        for (const path of objectPaths(definition.example)) {
          const doc = structuredClone(definition.example) as unknown;
          at(doc, path)[UNKNOWN] = 'x';
          const result = validate(definition, doc, { asOf: '2026-06-01', locale: 'en' });
          expect(result.valid, `unknown field at ${path.join('.')}`).toBe(false);
          expect(result.issues).toContainEqual(
            expect.objectContaining({ severity: 'error', code: 'unrecognized_keys', path: [...path, UNKNOWN] }),
          );
        }
      });

      it('every object in the schema rejects unknown keys (how a document type opts in)', () => {
        const loose = objectSchemas(definition.schema, definition.type).filter(
          (o) => o.schema._zod.def.catchall?._zod.def.type !== 'never',
        );
        expect(loose.map((o) => o.where)).toEqual([]);
      });

      it('its JSON Schema rejects unknown fields too (unevaluatedProperties: false)', () => {
        const ajv = new Ajv2020({ strict: false, allErrors: true });
        ajv.addFormat('date', true).addFormat('date-time', true).addFormat('email', true).addFormat('uuid', true);
        const check = ajv.compile(documentJsonSchema(definition));
        expect(check(definition.example), JSON.stringify(check.errors)).toBe(true);
        for (const path of objectPaths(definition.example)) {
          const doc = structuredClone(definition.example) as unknown;
          at(doc, path)[UNKNOWN] = 'x';
          expect(check(doc), `unknown field at ${path.join('.')}`).toBe(false);
          expect(check.errors?.some((e) => e.keyword === 'unevaluatedProperties')).toBe(true);
        }
      });

      it('its JSON Schema compiles under ajv’s strict mode, as a vendor’s strict tooling reads it', () => {
        // strictTypes refused `unevaluatedProperties` beside a `$ref` (no `type: object` there).
        const ajv = new Ajv2020({ strict: true, allErrors: true });
        for (const format of ['date', 'date-time', 'email', 'uuid', 'uri']) ajv.addFormat(format, true);
        const check = ajv.compile(documentJsonSchema(definition));
        expect(check(definition.example), JSON.stringify(check.errors)).toBe(true);
      });
    });
  }
});

describe('extensions', () => {
  it('accepts reverse-DNS keys of an organisation and a name', () => {
    expect(Extensions.safeParse({ 'nl.acme.intakeScore': 3, 'com.example.hr.team-code': 'A1' }).success).toBe(true);
  });

  it.each([['x-acme-score'], ['acme.score'], ['intakeScore'], ['NL.acme.score'], ['nl..acme.score'], ['nl.acme.'], ['nl.acme.score!']])(
    'rejects the key %s',
    (key) => {
      expect(EXTENSION_KEY_PATTERN.test(key)).toBe(false);
      expect(Extensions.safeParse({ [key]: 1 }).success).toBe(false);
    },
  );

  it('a document with a badly named extension key is invalid and the issue names the key', () => {
    const definition = defined(
      documentDefinitions.find((d) => d.type === 'Vacancy'),
      'Vacancy',
    );
    const doc = { ...(structuredClone(definition.example) as object), extensions: { 'x-acme-score': 1 } };
    const result = validate(definition, doc, { asOf: '2026-06-01', locale: 'en' });
    expect(result.valid).toBe(false);
    expect(result.issues).toContainEqual(expect.objectContaining({ path: ['extensions', 'x-acme-score'] }));
  });

  it('a document keeps its extensions through validation', () => {
    const definition = defined(
      documentDefinitions.find((d) => d.type === 'Placement'),
      'Placement',
    );
    const doc = { ...(structuredClone(definition.example) as object), extensions: { 'nl.acme.intakeScore': { level: 3 } } };
    const result = validate(definition, doc, { asOf: '2026-06-01' });
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect((result.value as { extensions?: unknown }).extensions).toEqual({ 'nl.acme.intakeScore': { level: 3 } });
  });
});
