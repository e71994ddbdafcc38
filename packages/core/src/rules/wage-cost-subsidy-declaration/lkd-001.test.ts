import { describe, expect, it } from 'vitest';
import { WageCostSubsidyDeclarationDefinition as D } from '../../documents/wage-cost-subsidy-declaration.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('LKD-001 declared amount is the recomputed subsidy', () => {
  it('accepts the example (104 h × €7.26674 = €755.74) and a 1-cent difference', () => {
    expect(issuesOfRule(D, 'LKD-001', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'LKD-001', (d) => (d.computed.amountCents = 75575)).nl).toEqual([]);
  });

  it('rejects an amount computed on contract hours instead of paid hours', () => {
    // 24 h/week × 31/7 = 106.29 h would give €772.37: the payroll paid 104.
    const r = issuesOfRule(D, 'LKD-001', (d) => (d.computed.amountCents = 77237));
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['computed', 'amountCents'], 'The computed amount differs from the recomputation (75574 cents) by more than 1 cent.'],
    ]);
    expect(r.nl[0]?.message).toBe('Het berekende bedrag wijkt af van de herberekening (75574 cent) met meer dan 1 cent.');
  });

  it("rejects parameters of another period (today's minimum wage for a 2025 period)", () => {
    const r = issuesOfRule(D, 'LKD-001', (d) => {
      d.period = { from: '2025-03-01', to: '2025-03-31' };
      d.computed.amountCents = 67225; // 104 × (14.06 − 0.6 × 14.71) × 1.235 = €672.25 with the 2025 row
    });
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['computed', 'parametersUsed'], 'The parameters used differ from the rows that apply to this period.'],
    ]);
  });

  it('rejects a declaration at a wage value of 100 with the calculator’s reason', () => {
    const r = issuesOfRule(D, 'LKD-001', (d) => (d.wageValuePct = 100));
    expect(r.en.map((i) => [i.code, i.path, i.message])).toEqual([
      ['LKD-001.WAGE_VALUE_AT_LEAST_100', ['wageValuePct'], 'No wage-cost subsidy at a wage value of 100% or more.'],
    ]);
  });

  it('reports a period without reference data instead of guessing (REF-002)', () => {
    const r = issuesOfRule(D, 'LKD-001', (d) => (d.period = { from: '2023-03-01', to: '2023-03-31' }));
    expect(r.en.map((i) => [i.code, i.path])).toEqual([['LKD-001.REF-002', ['computed']]]);
  });
});
