import { describe, expect, it } from 'vitest';
import { JobCoachPlanDefinition as D } from '../../documents/job-coach-plan.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('JCP-002 coaching fades out', () => {
  it('accepts the example (16, 12, 8 hours a month, then 12 hours over three months)', () => {
    expect(issuesOfRule(D, 'JCP-002', () => {}).nl).toEqual([]);
  });

  it('warns when a later period plans more hours per day', () => {
    const r = issuesOfRule(D, 'JCP-002', (p) => (p.plannedHours[2].hours = 14));
    expect(r.valid).toBe(true);
    expect(r.en.map((i) => [i.severity, i.path, i.message])).toEqual([
      [
        'warning',
        ['plannedHours', 2, 'hours'],
        'Planned hours per day rise compared with the previous period; job coaching should fade out.',
      ],
    ]);
  });
});
