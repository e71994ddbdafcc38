import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('PLC-007 no probation period after a trial', () => {
  it('accepts the example (after a trial, no probation period) and a probation period without a trial', () => {
    expect(issuesOfRule(PlacementDefinition, 'PLC-007', () => {}).nl).toEqual([]);
    const noTrial = issuesOfRule(PlacementDefinition, 'PLC-007', (p) => {
      p.precededByTrialAtSameEmployer = false;
      p.contract.probationPeriod = true;
    });
    expect(noTrial.nl).toEqual([]);
  });

  it('rejects a probation period after a trial at the same employer', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-007', (p) => (p.contract.probationPeriod = true));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['contract', 'probationPeriod']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Na een proefplaatsing bij dezelfde werkgever mag geen proeftijd worden afgesproken."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"No probation period may be agreed after a trial placement at the same employer."`);
  });
});
