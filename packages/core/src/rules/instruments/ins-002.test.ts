import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('INS-002 no LKS at wage value 100', () => {
  it('accepts the example (60%)', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-002', () => {}).nl).toEqual([]);
  });

  it('rejects LKS at 100%', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-002', (p) => (p.instruments[0].wageValuePct = 100));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['instruments', 0, 'wageValuePct']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Geen loonkostensubsidie bij een loonwaarde van 100% of meer: de werknemer verdient het minimumloon zelf."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"No wage-cost subsidy at a wage value of 100% or more: the employee earns the minimum wage unaided."`,
    );
  });
});
