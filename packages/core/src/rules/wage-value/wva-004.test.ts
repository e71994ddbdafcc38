import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('WVA-004 each main task at least 6.25% of working time', () => {
  it('accepts the canonical example and exactly 6.25%', () => {
    expect(issuesOfRule(D, 'WVA-004', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'WVA-004', (a) => {
      a.mainTasks[0].timeSharePct = 93.75;
      a.mainTasks[1].timeSharePct = 6.25;
    });
    expect(r.nl).toEqual([]);
  });

  it('warns about a task below 1/16 of the time', () => {
    const r = issuesOfRule(D, 'WVA-004', (a) => {
      a.mainTasks[0].timeSharePct = 95;
      a.mainTasks[1].timeSharePct = 5;
    });
    expect(r.valid).toBe(true);
    expect(r.nl[0]?.severity).toBe('warning');
    expect(r.nl[0]?.path).toEqual(['mainTasks', 1, 'timeSharePct']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Hoofdtaak 2 beslaat 5% van de werktijd; een hoofdtaak is minstens 6,25% (1/16)."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Main task 2 takes 5% of working time; a main task takes at least 6.25% (1/16)."`);
  });
});
