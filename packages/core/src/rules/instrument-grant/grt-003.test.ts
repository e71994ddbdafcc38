import { describe, expect, it } from 'vitest';
import { InstrumentGrantDefinition as D } from '../../documents/instrument-grant.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('GRT-003 grant period within the placement period', () => {
  it('accepts the example and a grant without the placement period copy', () => {
    expect(issuesOfRule(D, 'GRT-003', () => {}).nl).toEqual([]);
    expect(
      issuesOfRule(D, 'GRT-003', (g) => {
        g.period.from = '2025-01-01';
        delete g.placementPeriod;
      }).nl,
    ).toEqual([]);
  });

  it('rejects a grant starting before and running past the placement', () => {
    const r = issuesOfRule(D, 'GRT-003', (g) => (g.period = { from: '2026-02-01', to: '2027-06-30' }));
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['period', 'from'], 'The grant starts before the placement (2026-03-01).'],
      [['period', 'to'], 'The grant runs on after the placement ends (2027-02-28).'],
    ]);
    const open = issuesOfRule(D, 'GRT-003', (g) => delete g.period.to);
    expect(open.nl.map((i) => i.message)).toEqual(['De voorziening loopt door na het einde van de plaatsing (2027-02-28).']);
  });
});
