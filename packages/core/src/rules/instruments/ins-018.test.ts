import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('INS-018 grant within the placement period', () => {
  it('accepts the example and a grant ending with the placement', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-018', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'INS-018', (p) => (p.plannedEndDate = '2027-02-28')).nl).toEqual([]);
  });

  it('rejects a grant starting before and ending after the placement', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-018', (p) => {
      p.plannedEndDate = '2026-12-31';
      p.instruments[0].period.from = '2026-02-01';
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([
      ['instruments', 0, 'period', 'from'],
      ['instruments', 0, 'period', 'to'],
    ]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"De voorziening begint (2026-02-01) vóór de plaatsing (2026-03-01)."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"The grant starts (2026-02-01) before the placement (2026-03-01)."`);
  });
});
