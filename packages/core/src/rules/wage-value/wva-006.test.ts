import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('WVA-006 wage value matches the weighted main-task result', () => {
  it('accepts the canonical example and one point off', () => {
    expect(issuesOfRule(D, 'WVA-006', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'WVA-006', (a) => (a.wageValuePct = 61)).nl).toEqual([]);
  });

  it('warns when the wage value is more than one point off', () => {
    const r = issuesOfRule(D, 'WVA-006', (a) => (a.mainTasks[1].resultPct = 80));
    expect(r.valid).toBe(true);
    expect(r.nl[0]?.severity).toBe('warning');
    expect(r.nl[0]?.path).toEqual(['wageValuePct']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"De loonwaarde 60% wijkt meer dan 1 punt af van het gewogen resultaat van de hoofdtaken (68%)."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"The wage value of 60% differs by more than 1 point from the weighted main-task result (68%)."`,
    );
  });

  it('is skipped when a task has no result', () => {
    expect(
      issuesOfRule(D, 'WVA-006', (a) => {
        a.wageValuePct = 90;
        delete a.mainTasks[0].resultPct;
      }).nl,
    ).toEqual([]);
  });
});
