import { describe, expect, it } from 'vitest';
import { PlacementFollowUpDefinition as D } from '../../documents/placement-follow-up.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('FUP-002 outcome fits the kind of evaluation', () => {
  it('accepts the example and a six-month check that is on track', () => {
    expect(issuesOfRule(D, 'FUP-002', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'FUP-002', (f) => Object.assign(f.moments[1], { heldOn: '2026-05-29', outcome: 'ON_TRACK' }));
    expect(r.nl).toEqual([]);
  });

  it('rejects a go on a six-month check and a renewal at the end of a trial', () => {
    const r = issuesOfRule(D, 'FUP-002', (f) => {
      f.moments[0].outcome = 'RENEWED_PERMANENT';
      Object.assign(f.moments[1], { heldOn: '2026-05-29', outcome: 'GO' });
    });
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['moments', 0, 'outcome'], 'Outcome RENEWED_PERMANENT does not fit evaluation END_OF_TRIAL.'],
      [['moments', 1, 'outcome'], 'Outcome GO does not fit evaluation SIX_MONTH_CHECK.'],
    ]);
    expect(r.nl[1]?.message).toBe('Uitkomst GO past niet bij evaluatie SIX_MONTH_CHECK.');
  });
});
