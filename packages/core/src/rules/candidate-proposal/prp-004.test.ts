import { describe, expect, it } from 'vitest';
import { CandidateProposalDefinition as D } from '../../documents/candidate-proposal.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('PRP-004 placed proposals name their placement', () => {
  it('accepts the example and a placed proposal with its placement', () => {
    expect(issuesOfRule(D, 'PRP-004', () => {}).nl).toEqual([]);
    const placed = issuesOfRule(D, 'PRP-004', (p) => {
      p.status = 'PLACED';
      p.placementId = '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c11';
    });
    expect(placed.nl).toEqual([]);
  });

  it('rejects a placed proposal without placement and a placement on an open proposal', () => {
    const r = issuesOfRule(D, 'PRP-004', (p) => (p.status = 'PLACED'));
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['placementId'], 'State which placement followed from this proposal (placementId).'],
    ]);
    const open = issuesOfRule(D, 'PRP-004', (p) => (p.placementId = '6f1c2b1e-4a7d-4c4e-9a57-2f0b8d1e7c11'));
    expect(open.nl.map((i) => i.message)).toEqual(['Alleen een voordracht met uitkomst PLACED verwijst naar een plaatsing.']);
  });
});
