import { describe, expect, it } from 'vitest';
import { ExecutionPlanDefinition as D } from '../../documents/execution-plan.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('CNT-002 targets and counts use the same unit', () => {
  it('accepts the canonical example and a plan that states no counting unit', () => {
    expect(issuesOfRule(D, 'CNT-002', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'CNT-002', (p) => delete p.reporting.countedIn).nl).toEqual([]);
  });

  it('rejects a target in a unit that progress is not counted in', () => {
    const r = issuesOfRule(D, 'CNT-002', (p) => (p.targets[0].unit = 'PERSONS'));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['targets', 0, 'unit']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Taakstelling in PERSONS, maar de voortgang wordt geteld in JOB_EQUIVALENTS."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Target in PERSONS, but progress is counted in JOB_EQUIVALENTS."`);
  });
});
