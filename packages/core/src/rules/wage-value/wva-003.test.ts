import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('WVA-003 time shares add up to 100', () => {
  it('accepts the canonical example and decimals within 0.5', () => {
    expect(issuesOfRule(D, 'WVA-003', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'WVA-003', (a) => {
      a.mainTasks[0].timeSharePct = 59.8;
      a.mainTasks[1].timeSharePct = 39.9;
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects whole shares that do not add up to 100', () => {
    const r = issuesOfRule(D, 'WVA-003', (a) => (a.mainTasks[1].timeSharePct = 39));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['mainTasks']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"De tijdsaandelen van de hoofdtaken tellen op tot 99%, niet tot 100%."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"The main-task time shares add up to 99%, not 100%."`);
  });

  it('rejects decimal shares more than 0.5 off', () => {
    expect(issuesOfRule(D, 'WVA-003', (a) => (a.mainTasks[1].timeSharePct = 39.4)).nl).toHaveLength(1);
  });
});
