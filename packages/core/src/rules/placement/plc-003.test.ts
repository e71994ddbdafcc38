import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('PLC-003 hours and dates', () => {
  it('accepts the example and an end on the start date', () => {
    expect(issuesOfRule(PlacementDefinition, 'PLC-003', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'PLC-003', (p) => (p.actualEndDate = p.startDate)).nl).toEqual([]);
  });

  it('rejects zero hours', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-003', (p) => (p.hoursPerWeek = 0));
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([['hoursPerWeek']]);
  });

  it('rejects an end before the start', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-003', (p) => (p.actualEndDate = '2026-02-28'));
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['error', ['actualEndDate']]]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Werkelijke einddatum 2026-02-28 ligt vóór de startdatum 2026-03-01."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Actual end date 2026-02-28 is before the start date 2026-03-01."`);
  });
});
