import { describe, expect, it } from 'vitest';
import { CandidateProposalDefinition } from '../../documents/candidate-proposal.js';
import { validate } from '../../validation/validate.js';

const proposal = (status: string) => ({ ...structuredClone(CandidateProposalDefinition.example), status });
const agr003 = (from: string, to: string) =>
  validate(CandidateProposalDefinition, proposal(to), { previous: proposal(from), locale: 'en' }).issues.filter(
    (i) => i.ruleId === 'AGR-003' || i.ruleId === 'rule-failed',
  );

describe('AGR-003 status changes follow the transition table', () => {
  it('allows a transition of the table and refuses one that is not in it', () => {
    expect(agr003('PENDING', 'INVITED')).toEqual([]);
    expect(agr003('PLACED', 'PENDING').map((i) => [i.ruleId, i.path, i.message])).toEqual([
      ['AGR-003', ['status'], 'Status change from PLACED to PENDING is not allowed.'],
    ]);
  });

  it('refuses a change from a stored status that names a property of every object, instead of failing', () => {
    for (const from of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(agr003(from, 'INVITED').map((i) => [i.ruleId, i.message])).toEqual([
        ['AGR-003', `Status change from ${from} to INVITED is not allowed.`],
      ]);
    }
  });
});
