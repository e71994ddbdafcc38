import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('WVA-005 regular performance means 100%', () => {
  it('accepts the canonical example and a regular performance at 100', () => {
    expect(issuesOfRule(D, 'WVA-005', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'WVA-005', (a) => {
      a.regularPerformance = true;
      a.wageValuePct = 100;
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects a regular performance below 100', () => {
    const r = issuesOfRule(D, 'WVA-005', (a) => (a.regularPerformance = true));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['wageValuePct']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Bij een reguliere prestatie is de loonwaarde 100%, niet 60%."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"With a regular performance the wage value is 100%, not 60%."`);
  });
});
