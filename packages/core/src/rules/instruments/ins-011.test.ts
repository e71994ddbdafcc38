import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { addGrant } from './test-helpers.js';

describe('INS-011 overlapping wage instruments', () => {
  it('accepts the example and a fixed rate before the LKS', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-011', () => {}).nl).toEqual([]);
    const seq = issuesOfRule(PlacementDefinition, 'INS-011', (p) => {
      p.instruments[0].period.from = '2026-09-01';
      addGrant({ instrument: 'LKS_FIXED_RATE', period: { from: '2026-03-01', to: '2026-08-31' } })(p);
    });
    expect(seq.nl).toEqual([]);
  });

  it('warns about a dispensation overlapping the LKS', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-011', addGrant({ instrument: 'WAGE_DISPENSATION', financier: 'UWV' }));
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['warning', ['instruments', 1, 'period']]]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Loondispensatie overlapt in tijd met loonkostensubsidie (voorziening 1)."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Wage dispensation overlaps in time with wage-cost subsidy (instrument 1)."`);
  });
});
