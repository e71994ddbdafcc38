import { describe, expect, it } from 'vitest';
import { EmployerInstructionDefinition as D } from '../../documents/employer-instruction.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('EMI-008 confidentiality at least HIGHLY_CONFIDENTIAL, never lowered', () => {
  it('accepts the canonical example and a raise', () => {
    expect(issuesOfRule(D, 'EMI-008', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'EMI-008', (d) => (d.confidentiality = 'SECRET'), { previous: D.example }).nl).toEqual([]);
  });

  it('rejects a level below the floor', () => {
    const r = issuesOfRule(D, 'EMI-008', (d) => (d.confidentiality = 'CONFIDENTIAL'));
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => [i.path, i.code])).toEqual([[['confidentiality'], 'EMI-008.floor']]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Een werkgeversinstructie is minstens HIGHLY_CONFIDENTIAL (confidentieel), niet CONFIDENTIAL."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"An employer instruction is at least HIGHLY_CONFIDENTIAL, not CONFIDENTIAL."`);
  });

  it('rejects lowering compared with the stored version', () => {
    const r = issuesOfRule(D, 'EMI-008', () => {}, { previous: { ...D.example, confidentiality: 'SECRET' } });
    expect(r.nl.map((i) => i.code)).toEqual(['EMI-008.lowered']);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Confidentiality may not be lowered (from SECRET to HIGHLY_CONFIDENTIAL)."`);
  });
});
