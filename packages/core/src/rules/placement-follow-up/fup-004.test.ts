import { describe, expect, it } from 'vitest';
import { PlacementFollowUpDefinition as D } from '../../documents/placement-follow-up.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('FUP-004 completed follow-up held every moment', () => {
  it('accepts the active example and a completed one with all moments held', () => {
    expect(issuesOfRule(D, 'FUP-004', () => {}).nl).toEqual([]);
    const done = issuesOfRule(D, 'FUP-004', (f) => {
      f.status = 'COMPLETED';
      Object.assign(f.moments[1], { heldOn: '2026-05-29', outcome: 'ON_TRACK' });
    });
    expect(done.nl).toEqual([]);
  });

  it('rejects completing with the six-month check not held', () => {
    const r = issuesOfRule(D, 'FUP-004', (f) => (f.status = 'COMPLETED'));
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['moments', 1, 'heldOn'], 'The follow-up is completed, but this evaluation was not held; hold it or remove it.'],
    ]);
  });
});
