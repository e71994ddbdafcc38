import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('INS-008 LKS decision within 5 weeks', () => {
  it('accepts the example and a decision on day 35', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-008', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'INS-008', (p) => (p.instruments[0].wageValueEstablishedOn = '2026-02-13')).nl).toEqual([]);
  });

  it('warns about a decision more than 5 weeks after establishment', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-008', (p) => (p.instruments[0].wageValueEstablishedOn = '2026-02-12'));
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['warning', ['instruments', 0, 'decidedOn']]]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Het besluit (2026-03-20) volgde later dan 5 weken na vaststelling van de loonwaarde (uiterlijk 2026-03-19)."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"The decision (2026-03-20) came more than 5 weeks after the wage value was established (deadline 2026-03-19)."`,
    );
  });
});
