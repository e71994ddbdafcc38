import { documentDefinitions, ruleCatalogue, validate } from '@banenafspraak/core';
import { assert, describe, expect, it } from 'vitest';
import { NOT_TRIGGERABLE, RULE_CASES } from '../src/internal/rule-cases.js';

describe('the broken-document table', () => {
  it('covers every rule of the catalogue, or says why it cannot', () => {
    const all = RULE_CASES;
    const covered = new Set([...all.map((c) => c.ruleId), ...Object.keys(NOT_TRIGGERABLE)]);
    expect(ruleCatalogue.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
    expect(all.map((c) => c.ruleId).filter((id) => id in NOT_TRIGGERABLE)).toEqual([]);
    expect(new Set(all.map((c) => c.ruleId)).size).toBe(all.length);
  });

  // Dates in the cases are fixed; the server validates "as of today", so check today and a year on.
  const dates = [new Date().toISOString().slice(0, 10), new Date(Date.now() + 365 * 864e5).toISOString().slice(0, 10)];
  for (const c of RULE_CASES) {
    it(`${c.ruleId} fires on: ${c.change}`, () => {
      const definition = documentDefinitions.find((d) => d.type === c.type);
      assert(definition, c.type);
      const doc = structuredClone(definition.example) as Record<string, unknown>;
      c.mutate(doc);
      for (const asOf of dates)
        expect(validate(definition, doc, { asOf }).issues.filter((i) => i.ruleId === c.ruleId).length, asOf).toBeGreaterThan(0);
    });
  }
});
