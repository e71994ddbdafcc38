import { describe, expect, it } from 'vitest';
import { PlacementFollowUpDefinition as D } from '../../documents/placement-follow-up.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('FUP-001 held evaluations have an outcome', () => {
  it('accepts the example (one held, one planned)', () => {
    expect(issuesOfRule(D, 'FUP-001', () => {}).nl).toEqual([]);
  });

  it('rejects a held moment without outcome and an outcome without heldOn', () => {
    const r = issuesOfRule(D, 'FUP-001', (f) => {
      delete f.moments[0].outcome;
      f.moments[1].outcome = 'ON_TRACK';
    });
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['moments', 0, 'outcome'], 'Give the outcome of the evaluation held.'],
      [['moments', 1, 'heldOn'], 'An outcome belongs to an evaluation held: fill in heldOn.'],
    ]);
    expect(r.nl[0]?.message).toBe('Geef de uitkomst van de gehouden evaluatie.');
  });

  it('rejects a held date after the reference date', () => {
    const r = issuesOfRule(D, 'FUP-001', (f) => {
      f.moments[1].heldOn = '2026-09-01';
      f.moments[1].outcome = 'ON_TRACK';
    });
    expect(r.nl.map((i) => [i.path, i.message])).toEqual([[['moments', 1, 'heldOn'], 'De evaluatiedatum ligt in de toekomst.']]);
  });
});
