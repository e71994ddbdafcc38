import { describe, expect, it } from 'vitest';
import { EmployerInstructionDefinition as D } from '../../documents/employer-instruction.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('EMI-003 sharing requires the employee’s consent', () => {
  it('accepts the canonical example and a draft without consent date', () => {
    expect(issuesOfRule(D, 'EMI-003', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'EMI-003', (d) => {
      d.status = 'DRAFT';
      delete d.consent.givenOn;
      d.consent.sharedWith = [];
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects sharing without consent date', () => {
    const r = issuesOfRule(D, 'EMI-003', (d) => delete d.consent.givenOn);
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['consent', 'givenOn']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Delen kan alleen met toestemming van de werknemer: de datum van de toestemming ontbreekt."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Sharing needs the employee’s consent: the date of consent is missing."`);
  });

  it('rejects sharing with nobody named and a consent date in the future', () => {
    const r = issuesOfRule(D, 'EMI-003', (d) => {
      d.consent.sharedWith = [];
      d.consent.givenOn = '2026-06-02';
    });
    expect(r.nl.map((i) => i.path)).toEqual([
      ['consent', 'givenOn'],
      ['consent', 'sharedWith'],
    ]);
    expect(r.en[1]?.message).toMatchInlineSnapshot(`"Name the persons the employee shares the instruction with."`);
  });
});
