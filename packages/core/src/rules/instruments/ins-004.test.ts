import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('INS-004 LKS capped at 70% WML', () => {
  it('accepts the example and the capped amount at wage value 20%', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-004', () => {}).nl).toEqual([]);
    const capped = issuesOfRule(PlacementDefinition, 'INS-004', (p) => {
      p.instruments[0].wageValuePct = 20;
      p.instruments[0].amountPerHourCents = 1272; // €12.716795
    });
    expect(capped.nl).toEqual([]);
  });

  it('rejects an amount above 70% WML plus employer charges', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-004', (p) => (p.instruments[0].amountPerHourCents = 1500));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['instruments', 0, 'amountPerHourCents']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Loonkostensubsidie per uur (€ 15,00) is hoger dan het maximum van € 13,73: 70% van het minimumloon plus werkgeverslasten."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"Wage-cost subsidy per hour (€15.00) exceeds the maximum of €13.73: 70% of the minimum wage plus employer charges."`,
    );
  });
});
