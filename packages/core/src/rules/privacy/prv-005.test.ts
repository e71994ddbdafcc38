import { describe, expect, it } from 'vitest';
import { documentDefinitions } from '../../documents/index.js';
import { VacancyDefinition } from '../../documents/vacancy.js';
import { WageValueAssessmentDefinition } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('PRV-005 confidentiality not below the floor of the document type', () => {
  it('accepts every canonical example and its own floor', () => {
    for (const d of documentDefinitions) {
      expect(issuesOfRule(d, 'PRV-005', () => {}).nl, d.type).toEqual([]);
      expect(issuesOfRule(d, 'PRV-005', (doc) => (doc.confidentiality = d.confidentialityFloor)).nl, d.type).toEqual([]);
    }
  });

  it('rejects a wage-value assessment below CONFIDENTIAL', () => {
    const r = issuesOfRule(WageValueAssessmentDefinition, 'PRV-005', (a) => (a.confidentiality = 'INTERNAL'));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['confidentiality']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Vertrouwelijkheid INTERNAL is lager dan de ondergrens CONFIDENTIAL voor dit soort document."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Confidentiality INTERNAL is below the floor CONFIDENTIAL for this document type."`);
  });

  it('rejects a level one step below the floor for every type with a floor above PUBLIC', () => {
    const levels = ['PUBLIC', 'LIMITED_PUBLIC', 'INTERNAL', 'CASE_CONFIDENTIAL', 'CONFIDENTIAL', 'HIGHLY_CONFIDENTIAL'];
    for (const d of documentDefinitions) {
      const i = levels.indexOf(d.confidentialityFloor);
      if (i <= 0) continue;
      const r = issuesOfRule(d, 'PRV-005', (doc) => (doc.confidentiality = levels[i - 1]));
      expect(
        r.nl.map((x) => x.path),
        d.type,
      ).toEqual([['confidentiality']]);
    }
    expect(issuesOfRule(VacancyDefinition, 'PRV-005', (v) => (v.confidentiality = 'PUBLIC')).nl).toEqual([]);
  });
});
