import { describe, expect, it } from 'vitest';
import { CandidateProposalDefinition as D } from '../../documents/candidate-proposal.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('PRP-002 outcome moment', () => {
  it('accepts the example and a pending proposal without outcome moment', () => {
    expect(issuesOfRule(D, 'PRP-002', () => {}).nl).toEqual([]);
    expect(
      issuesOfRule(D, 'PRP-002', (p) => {
        p.status = 'PENDING';
        delete p.outcomeAt;
      }).nl,
    ).toEqual([]);
  });

  it('requires the moment once decided, and refuses it while pending', () => {
    const missing = issuesOfRule(D, 'PRP-002', (p) => delete p.outcomeAt);
    expect(missing.valid).toBe(false);
    expect(missing.en.map((i) => [i.path, i.message])).toEqual([[['outcomeAt'], 'State when this outcome was reached (outcomeAt).']]);
    const pending = issuesOfRule(D, 'PRP-002', (p) => (p.status = 'PENDING'));
    expect(pending.nl.map((i) => i.message)).toEqual(['Een openstaande voordracht heeft nog geen moment van uitkomst.']);
  });

  it('rejects an outcome before the proposal and moments in the future', () => {
    const before = issuesOfRule(D, 'PRP-002', (p) => (p.outcomeAt = '2026-02-09T10:59:00+01:00'));
    expect(before.en.map((i) => i.message)).toEqual(['The outcome moment lies before the proposal moment.']);
    const future = issuesOfRule(D, 'PRP-002', (p) => (p.outcomeAt = '2026-06-02T09:00:00+02:00'), { asOf: '2026-06-01' });
    expect(future.nl.map((i) => [i.path, i.message])).toEqual([[['outcomeAt'], 'Dit moment ligt in de toekomst.']]);
    const proposedLater = issuesOfRule(D, 'PRP-002', (p) => (p.proposedAt = '2026-02-10T09:00:00+01:00'), { asOf: '2026-02-09' });
    expect(proposedLater.en.map((i) => i.path)).toEqual([['proposedAt'], ['outcomeAt']]);
  });
});
