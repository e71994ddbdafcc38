import { describe, expect, it } from 'vitest';
import { JobCoachPlanDefinition as D } from '../../documents/job-coach-plan.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('JCP-001 planned hours per period', () => {
  it('accepts the example', () => {
    expect(issuesOfRule(D, 'JCP-001', () => {}).nl).toEqual([]);
  });

  it('rejects an overlapping, an outside and an inverted period', () => {
    const r = issuesOfRule(D, 'JCP-001', (p) => {
      p.plannedHours[1].from = '2026-03-31';
      p.plannedHours[2].to = '2026-04-30';
      p.plannedHours[3].to = '2026-09-30';
    });
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['plannedHours', 1, 'from'], 'This period starts before the previous one ends.'],
      [['plannedHours', 2, 'to'], 'This period ends before it starts.'],
      [['plannedHours', 3], 'This period falls outside the coaching period.'],
    ]);
    expect(r.nl[0]?.message).toBe('Deze periode begint vóór het einde van de vorige.');
  });
});
