import { describe, expect, it } from 'vitest';
import { CandidateProposalDefinition as D } from '../../documents/candidate-proposal.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('PRP-001 rejected or withdrawn proposals have a fitting reason code', () => {
  it('accepts the invited example and a rejection for hours', () => {
    expect(issuesOfRule(D, 'PRP-001', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'PRP-001', (p) => {
      p.status = 'REJECTED_BY_EMPLOYER';
      p.reasonCode = 'HOURS_MISMATCH';
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects a rejection without a reason', () => {
    const r = issuesOfRule(D, 'PRP-001', (p) => (p.status = 'REJECTED_BY_EMPLOYER'));
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => [i.severity, i.path, i.message])).toEqual([
      ['error', ['reasonCode'], 'Geef met een redencode aan waarom de voordracht is afgewezen of ingetrokken.'],
    ]);
    expect(r.en[0]?.message).toBe('State with a reason code why the proposal was rejected or withdrawn.');
  });

  it("rejects an employer's rejection explained by the candidate's other job, and the reverse", () => {
    const r = issuesOfRule(D, 'PRP-001', (p) => {
      p.status = 'REJECTED_BY_EMPLOYER';
      p.reasonCode = 'CANDIDATE_FOUND_OTHER_WORK';
    });
    expect(r.en.map((i) => i.message)).toEqual(['Reason code CANDIDATE_FOUND_OTHER_WORK does not fit outcome REJECTED_BY_EMPLOYER.']);
    const w = issuesOfRule(D, 'PRP-001', (p) => {
      p.status = 'WITHDRAWN_BY_CANDIDATE';
      p.reasonCode = 'OTHER_CANDIDATE_CHOSEN';
    });
    expect(w.nl.map((i) => i.message)).toEqual(['Redencode OTHER_CANDIDATE_CHOSEN past niet bij uitkomst WITHDRAWN_BY_CANDIDATE.']);
  });

  it('rejects a reason code on a proposal that is still open', () => {
    const r = issuesOfRule(D, 'PRP-001', (p) => (p.reasonCode = 'HOURS_MISMATCH'));
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['reasonCode'], 'A reason code belongs only to a rejected or withdrawn proposal.'],
    ]);
  });
});
