import { describe, expect, it } from 'vitest';
import { EmployerInstructionDefinition as D } from '../../documents/employer-instruction.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('EMI-005 end of employment purges the content', () => {
  it('accepts the canonical example and an end date still in the future', () => {
    expect(issuesOfRule(D, 'EMI-005', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'EMI-005', (d) => (d.employmentEndedOn = '2026-06-30')).nl).toEqual([]);
  });

  it('rejects content after the employment ended', () => {
    const r = issuesOfRule(D, 'EMI-005', (d) => (d.employmentEndedOn = '2026-05-31'));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['workImpacts']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Het dienstverband is beëindigd: dit veld moet leeg zijn."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"The employment has ended: this field must be empty."`);
  });

  it('leaves a revoked instruction to EMI-004', () => {
    const r = issuesOfRule(D, 'EMI-005', (d) => {
      d.status = 'REVOKED';
      d.employmentEndedOn = '2026-05-31';
    });
    expect(r.nl).toEqual([]);
  });
});
