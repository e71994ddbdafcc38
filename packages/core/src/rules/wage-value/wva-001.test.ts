import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('WVA-001 wage value is a whole percentage 0–100', () => {
  it('accepts the canonical example and the bounds', () => {
    expect(issuesOfRule(D, 'WVA-001', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'WVA-001', (a) => (a.wageValuePct = 0)).nl).toEqual([]);
  });

  it('rejects a fraction and a value above 100', () => {
    const r = issuesOfRule(D, 'WVA-001', (a) => (a.wageValuePct = 60.5));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['wageValuePct']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"De loonwaarde is een geheel percentage van 0 tot en met 100 (afgerond op hele procenten)."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"The wage value is a whole percentage from 0 to 100 (rounded to whole percent)."`);
    expect(issuesOfRule(D, 'WVA-001', (a) => (a.wageValuePct = 101)).nl).toHaveLength(1);
  });
});
