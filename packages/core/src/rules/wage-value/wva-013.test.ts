import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('WVA-013 component percentages within 0–100', () => {
  it('accepts the canonical example', () => {
    expect(issuesOfRule(D, 'WVA-013', () => {}).nl).toEqual([]);
  });

  it('rejects a pace above 100 and a negative quality', () => {
    const r = issuesOfRule(D, 'WVA-013', (a) => {
      a.mainTasks[0].pacePct = 120;
      a.mainTasks[1].qualityPct = -5;
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([
      ['mainTasks', 0, 'pacePct'],
      ['mainTasks', 1, 'qualityPct'],
    ]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Hoofdtaak 1: 120% ligt niet tussen 0 en 100."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Main task 1: 120% is not within 0–100."`);
  });
});
