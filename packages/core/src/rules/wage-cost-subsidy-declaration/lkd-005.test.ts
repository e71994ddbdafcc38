import { describe, expect, it } from 'vitest';
import { WageCostSubsidyDeclarationDefinition as D } from '../../documents/wage-cost-subsidy-declaration.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('LKD-005 at least the minimum wage', () => {
  it('accepts the example (exactly the 2026 minimum wage)', () => {
    expect(issuesOfRule(D, 'LKD-005', () => {}).nl).toEqual([]);
  });

  it('warns about an hourly wage and a wage paid below the minimum wage', () => {
    const r = issuesOfRule(
      D,
      'LKD-005',
      (d) => {
        d.hourlyWageCents = 1406;
        d.wagePaidCents = 146224;
      },
      { skipRules: ['LKD-001'] },
    );
    expect(r.valid).toBe(true);
    expect(r.en.map((i) => [i.severity, i.path, i.message])).toEqual([
      ['warning', ['hourlyWageCents'], 'The hourly wage is below the minimum wage of the period (1471 cents per hour).'],
      ['warning', ['wagePaidCents'], 'The wage paid per paid hour is below the minimum wage of the period (1471 cents per hour).'],
    ]);
    expect(r.nl[0]?.message).toBe('Het uurloon ligt onder het minimumloon van de periode (1471 cent per uur).');
  });

  it('uses the minimum wage of the period, not of today', () => {
    expect(
      issuesOfRule(D, 'LKD-005', (d) => {
        d.period = { from: '2025-03-01', to: '2025-03-31' };
        d.hourlyWageCents = 1406;
        d.wagePaidCents = 146224;
      }).nl,
    ).toEqual([]);
  });
});
