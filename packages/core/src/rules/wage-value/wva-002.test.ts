import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

const task = (seq: number) => ({ seq, description: 'Taak', timeSharePct: 20, resultPct: 60 });

describe('WVA-002 one to five main tasks', () => {
  it('accepts the canonical example and no tasks with a regular performance', () => {
    expect(issuesOfRule(D, 'WVA-002', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'WVA-002', (a) => {
      a.regularPerformance = true;
      a.wageValuePct = 100;
      a.mainTasks = [];
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects six tasks and zero tasks', () => {
    const r = issuesOfRule(D, 'WVA-002', (a) => (a.mainTasks = [1, 2, 3, 4, 5, 5].map(task)));
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([['mainTasks'], ['mainTasks', 5, 'seq']]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Er zijn 6 hoofdtaken; dat moeten er 1 tot en met 5 zijn."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"There are 6 main tasks; there must be 1 to 5."`);
    expect(issuesOfRule(D, 'WVA-002', (a) => (a.mainTasks = [])).nl.map((i) => i.code)).toEqual(['WVA-002.count']);
  });
});
