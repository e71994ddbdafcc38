import { describe, expect, it } from 'vitest';
import { PlacementFollowUpDefinition as D } from '../../documents/placement-follow-up.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('FUP-003 next steps fit the outcome', () => {
  it('accepts the example (go, start contract)', () => {
    expect(issuesOfRule(D, 'FUP-003', () => {}).nl).toEqual([]);
  });

  it('warns about a no-go that starts a contract', () => {
    const r = issuesOfRule(D, 'FUP-003', (f) => (f.moments[0].outcome = 'NO_GO'));
    expect(r.valid).toBe(true);
    expect(r.en.map((i) => [i.severity, i.path, i.message])).toEqual([
      ['warning', ['moments', 0, 'nextSteps', 0], 'Next step START_CONTRACT contradicts outcome NO_GO.'],
    ]);
    expect(r.nl[0]?.message).toBe('Vervolgstap START_CONTRACT past niet bij uitkomst NO_GO.');
  });

  it('warns about a go at the end of a trial without starting the contract', () => {
    const r = issuesOfRule(D, 'FUP-003', (f) => (f.moments[0].nextSteps = ['REQUEST_LKS']));
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['moments', 0, 'nextSteps'], 'A go at the end of a trial should have the next step START_CONTRACT.'],
    ]);
  });
});
