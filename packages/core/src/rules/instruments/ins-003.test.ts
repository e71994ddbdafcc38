import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('INS-003 supplied LKS matches the recomputation', () => {
  it('accepts the example and the §8.4 amounts on both holiday-pay bases (± 1 cent)', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-003', () => {}).nl).toEqual([]);
    // WML 14.71, wage = WML, 60%: €7.26674 excl. holiday pay, €7.848079 incl.
    for (const cents of [727, 726, 785])
      expect(issuesOfRule(PlacementDefinition, 'INS-003', (p) => (p.instruments[0].amountPerHourCents = cents)).nl).toEqual([]);
  });

  it('rejects an amount more than a cent off', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-003', (p) => (p.instruments[0].amountPerHourCents = 700));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['instruments', 0, 'amountPerHourCents']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Loonkostensubsidie per uur is € 7,00; herberekend op 2026-03-01: € 7,27 (zonder vakantiegeld) of € 7,85 (met vakantiegeld)."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"Wage-cost subsidy per hour is €7.00; recomputed for 2026-03-01: €7.27 (excluding holiday pay) or €7.85 (including holiday pay)."`,
    );
  });

  it('leaves an amount above the cap to INS-004', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-003', (p) => (p.instruments[0].amountPerHourCents = 2000)).nl).toEqual([]);
  });
});
