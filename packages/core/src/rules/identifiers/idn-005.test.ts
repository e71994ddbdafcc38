import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('IDN-005 payroll tax number', () => {
  it('accepts the example (123456782L01)', () => {
    expect(issuesOfRule(PlacementDefinition, 'IDN-005', () => {}).nl).toEqual([]);
  });

  it('warns when the first 9 digits fail the 11-proef', () => {
    const r = issuesOfRule(PlacementDefinition, 'IDN-005', (p) => (p.employer.payrollTaxNumber = '123456789L01'));
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['warning', ['employer', 'payrollTaxNumber']]]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"De eerste 9 cijfers van het loonheffingennummer voldoen niet aan de elfproef; controleer het nummer."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"The first 9 digits of the payroll tax number do not pass the 11-proef; check the number."`,
    );
  });

  it('leaves a malformed typed number to the schema: one structural issue, labelled IDN-005', () => {
    const r = issuesOfRule(PlacementDefinition, 'IDN-005', (p) => (p.employer.payrollTaxNumber = '123456782B01'));
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_format', 'employer.payrollTaxNumber']]);
  });
});
