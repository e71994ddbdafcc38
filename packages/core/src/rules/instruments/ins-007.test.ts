import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('INS-007 late LKS application', () => {
  it('accepts the example and an application on the last day', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-007', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'INS-007', (p) => (p.instruments[0].appliedOn = '2026-08-31')).nl).toEqual([]);
  });

  it('warns about an application more than 6 months after the start', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-007', (p) => (p.instruments[0].appliedOn = '2026-09-01'));
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['warning', ['instruments', 0, 'appliedOn']]]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Loonkostensubsidie is aangevraagd op 2026-09-01, meer dan 6 maanden na de start van het dienstverband (uiterlijk 2026-08-31)."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"Wage-cost subsidy was applied for on 2026-09-01, more than 6 months after the start of employment (deadline 2026-08-31)."`,
    );
  });

  it('does not apply before 2023-07-01', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-007', (p) => {
      p.startDate = '2022-01-01';
      p.instruments[0].appliedOn = '2023-06-30';
    });
    expect(r.nl).toEqual([]);
  });
});
