import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('WVA-008 certified and qualified assessor for the uniform method', () => {
  it('accepts the canonical example and an uncertified assessor with a legacy method', () => {
    expect(issuesOfRule(D, 'WVA-008', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'WVA-008', (a) => {
      a.method = 'LEGACY_AKC';
      a.assessor.certified = false;
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects an uncertified assessor', () => {
    const r = issuesOfRule(D, 'WVA-008', (a) => (a.assessor.certified = false));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.severity).toBe('error');
    expect(r.nl[0]?.path).toEqual(['assessor', 'certified']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Bij de uniforme loonwaardemethode moet de loonwaardedeskundige gecertificeerd zijn."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"With the uniform wage-value method the assessor must be certified."`);
  });

  it('only warns about missing qualifications', () => {
    const r = issuesOfRule(D, 'WVA-008', (a) => (a.assessor.qualified = false));
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.path, i.severity])).toEqual([[['assessor', 'qualified'], 'warning']]);
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"The assessor lacks a relevant HBO/WO degree (or equivalent) with at least 2 years of experience."`,
    );
  });
});
