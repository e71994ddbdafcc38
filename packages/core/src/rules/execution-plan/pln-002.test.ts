import { describe, expect, it } from 'vitest';
import { ExecutionPlanDefinition as D } from '../../documents/execution-plan.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('PLN-002 target unit, value and year', () => {
  it('accepts the canonical example', () => {
    expect(issuesOfRule(D, 'PLN-002', () => {}).nl).toEqual([]);
  });

  it('rejects an unknown unit', () => {
    const r = issuesOfRule(D, 'PLN-002', (p) => (p.targets[0].unit = 'FTE'));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['targets', 0, 'unit']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Onbekende eenheid; toegestaan: PERSONS, JOB_EQUIVALENTS, PLACEMENTS."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Unknown unit; allowed: PERSONS, JOB_EQUIVALENTS, PLACEMENTS."`);
  });

  it('rejects a negative value', () => {
    const r = issuesOfRule(D, 'PLN-002', (p) => (p.targets[0].value = -1));
    expect(r.nl.map((i) => i.path)).toEqual([['targets', 0, 'value']]);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"A target value is 0 or more."`);
  });
});
