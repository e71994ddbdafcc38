import { describe, expect, it } from 'vitest';
import { EmployerInstructionDefinition as D } from '../../documents/employer-instruction.js';
import { issuesOfRule, type LooseDocument } from '../../internal/testing.js';

const tombstone = (d: LooseDocument) => {
  d.workImpacts = [];
  d.adjustments = [];
  delete d.instructionTips;
  d.consent.sharedWith = [];
};

describe('EMI-004 revocation purges the content', () => {
  it('accepts the canonical example and a revoked tombstone', () => {
    expect(issuesOfRule(D, 'EMI-004', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'EMI-004', (d) => {
      d.status = 'REVOKED';
      d.revokedOn = '2026-05-01';
      tombstone(d);
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects a revoked instruction that still has content', () => {
    const r = issuesOfRule(D, 'EMI-004', (d) => {
      d.status = 'REVOKED';
      d.revokedOn = '2026-05-01';
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([['workImpacts'], ['adjustments'], ['instructionTips'], ['consent', 'sharedWith']]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"De werknemer heeft de toestemming ingetrokken: dit veld moet leeg zijn."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"The employee revoked consent: this field must be empty."`);
  });
});
