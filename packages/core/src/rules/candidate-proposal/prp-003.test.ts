import { describe, expect, it } from 'vitest';
import { CandidateProposalDefinition as D } from '../../documents/candidate-proposal.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('PRP-003 profile hours range', () => {
  it('accepts the example and equal bounds', () => {
    expect(issuesOfRule(D, 'PRP-003', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'PRP-003', (p) => (p.profile.hoursPerWeek = { min: 24, max: 24 })).nl).toEqual([]);
  });

  it('rejects an inverted range and a zero maximum', () => {
    const r = issuesOfRule(D, 'PRP-003', (p) => (p.profile.hoursPerWeek = { min: 32, max: 20 }));
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => [i.path, i.message])).toEqual([
      [['profile', 'hoursPerWeek', 'min'], 'Minimum aantal uren (32) is groter dan het maximum (20).'],
    ]);
    expect(r.en[0]?.message).toBe('Minimum hours (32) exceed the maximum (20).');
    const zero = issuesOfRule(D, 'PRP-003', (p) => (p.profile.hoursPerWeek = { min: 0, max: 0 }));
    expect(zero.en.map((i) => i.message)).toEqual(['The maximum hours per week must be above 0.']);
  });
});
