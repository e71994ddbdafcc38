import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('WVA-007 uniform method for LKS from 2021-07-01', () => {
  it('accepts the canonical example and a legacy method before the date', () => {
    expect(issuesOfRule(D, 'WVA-007', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'WVA-007', (a) => {
      a.companyVisitOn = '2021-06-30';
      a.method = 'LEGACY_DARIUZ';
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects a legacy method after the date', () => {
    const r = issuesOfRule(D, 'WVA-007', (a) => (a.method = 'LEGACY_DARIUZ'));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['method']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Methode LEGACY_DARIUZ mag alleen voor bezoeken vóór 2021-07-01; gebruik de uniforme loonwaardemethode."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"Method LEGACY_DARIUZ is only valid for visits before 2021-07-01; use the uniform wage-value method."`,
    );
  });

  it('rejects a UWV assessment for LKS but accepts it for wage dispensation', () => {
    expect(issuesOfRule(D, 'WVA-007', (a) => (a.method = 'UWV_ASSESSMENT')).nl.map((i) => i.code)).toEqual(['WVA-007.uniform']);
    const r = issuesOfRule(D, 'WVA-007', (a) => {
      a.method = 'UWV_ASSESSMENT';
      a.purpose = 'WAGE_DISPENSATION';
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects the uniform method before it existed', () => {
    expect(issuesOfRule(D, 'WVA-007', (a) => (a.companyVisitOn = '2021-06-30')).nl.map((i) => i.code)).toEqual(['WVA-007.too-early']);
  });
});
