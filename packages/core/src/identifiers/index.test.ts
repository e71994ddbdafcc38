import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import * as ids from './index.js';

// Every schema paired with its predicate: they must never disagree, or the CSV adapter (which
// uses predicates) and the API (which uses schemas) would judge the same value differently.
const pairs: [string, z.ZodType, (v: unknown) => boolean][] = [
  ['Bsn', ids.Bsn, ids.isValidBsn],
  ['KvkNumber', ids.KvkNumber, ids.isValidKvkNumber],
  ['EstablishmentNumber', ids.EstablishmentNumber, ids.isValidEstablishmentNumber],
  ['Rsin', ids.Rsin, ids.isValidRsinShape],
  ['PayrollTaxNumber', ids.PayrollTaxNumber, ids.isValidPayrollTaxNumber],
  ['Oin', ids.Oin, ids.isValidOin],
  ['GmCode', ids.GmCode, ids.isValidGmCode],
  ['AmCode', ids.AmCode, ids.isValidAmCode],
];

const digits = (max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: max });
const candidates = fc.oneof(
  fc.string(),
  digits(22),
  digits(12).map((d) => `GM${d}`),
  digits(4).map((d) => `AM${d}`),
  fc.tuple(digits(10), fc.constantFrom('L', 'l', 'B'), digits(3)).map(([a, l, b]) => a + l + b),
  fc.tuple(fc.constantFrom('00000001', '00000003', '00000005', '00000099'), digits(13)).map(([p, d]) => p + d),
  fc.tuple(digits(8), fc.integer({ min: 0, max: 9 })).map(([d, c]) => d + c),
);

describe('identifier predicates agree with their schemas', () => {
  it.each(pairs)('%s', (_name, schema, predicate) => {
    fc.assert(
      fc.property(candidates, (v) => {
        expect(predicate(v)).toBe(schema.safeParse(v).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('SbiCode', () => {
    const sbi = fc.oneof(
      fc.record({ version: fc.constantFrom('SBI_2008', 'SBI_2025', 'SBI_1993'), code: fc.oneof(digits(7), fc.string()) }),
      fc.record({ code: digits(6) }),
      fc.anything(),
    );
    fc.assert(
      fc.property(sbi, (v) => {
        expect(ids.isValidSbiCode(v)).toBe(ids.SbiCode.safeParse(v).success);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('issues never contain the input (privacy: BSN)', () => {
  it.each(pairs)('%s', (_name, schema) => {
    fc.assert(
      fc.property(
        digits(22).filter((d) => d.length >= 5),
        (v) => {
          const r = schema.safeParse(v);
          if (!r.success) expect(JSON.stringify(r.error.issues)).not.toContain(v);
        },
      ),
    );
  });
});

describe('schema metadata', () => {
  it.each(pairs)('%s has a Dutch title and examples that are themselves valid', (name, schema) => {
    const meta = schema.meta() as { id?: string; title?: string; examples?: unknown[] };
    expect(meta.id).toBe(name);
    expect(meta.title).toBeTruthy();
    expect(meta.examples?.length).toBeGreaterThan(0);
    for (const e of meta.examples ?? []) expect(schema.safeParse(e).success).toBe(true);
  });
  it('SbiCode example is valid', () => {
    const meta = ids.SbiCode.meta() as { examples?: unknown[] };
    for (const e of meta.examples ?? []) expect(ids.isValidSbiCode(e)).toBe(true);
  });
});
