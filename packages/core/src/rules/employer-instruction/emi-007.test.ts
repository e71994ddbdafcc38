import { describe, expect, it } from 'vitest';
import { EmployerInstructionDefinition as D } from '../../documents/employer-instruction.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('EMI-007 access only for persons the employee consented to', () => {
  it('accepts the canonical example, with and without a stored version', () => {
    expect(issuesOfRule(D, 'EMI-007', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'EMI-007', () => {}, { previous: D.example }).nl).toEqual([]);
  });

  it('rejects a recipient added without renewed consent', () => {
    const r = issuesOfRule(D, 'EMI-007', (d) => d.consent.sharedWith.push({ role: 'COLLEAGUE', name: 'K. Collega' }), {
      previous: D.example,
    });
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['consent', 'sharedWith', 2]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Deze ontvanger is toegevoegd zonder nieuwe toestemming van de werknemer (nieuwe datum of versie van de toestemming)."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"This recipient was added without renewed consent of the employee (new consent date or version)."`,
    );
    expect(r.nl[0]?.message).not.toContain('Collega');
  });

  it('accepts a recipient added with a new consent date', () => {
    const r = issuesOfRule(
      D,
      'EMI-007',
      (d) => {
        d.consent.sharedWith.push({ role: 'COLLEAGUE', name: 'K. Collega' });
        d.consent.givenOn = '2026-05-20';
      },
      { previous: D.example },
    );
    expect(r.nl).toEqual([]);
  });
});
