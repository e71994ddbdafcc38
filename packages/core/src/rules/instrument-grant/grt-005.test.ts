import { describe, expect, it } from 'vitest';
import { InstrumentGrantDefinition as D } from '../../documents/instrument-grant.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('GRT-005 LKS decision within 5 weeks', () => {
  it('accepts the example (2 days) and a decision on the last day', () => {
    expect(issuesOfRule(D, 'GRT-005', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'GRT-005', (g) => (g.decidedOn = '2026-04-22')).nl).toEqual([]);
  });

  it('warns about a decision one day late', () => {
    const r = issuesOfRule(D, 'GRT-005', (g) => (g.decidedOn = '2026-04-23'));
    expect(r.valid).toBe(true);
    expect(r.en.map((i) => [i.severity, i.path, i.message])).toEqual([
      ['warning', ['decidedOn'], 'The decision came more than 5 weeks after the wage value was established (deadline 2026-04-22).'],
    ]);
    expect(r.nl[0]?.message).toBe('Het besluit volgde later dan 5 weken na vaststelling van de loonwaarde (uiterlijk 2026-04-22).');
  });
});
