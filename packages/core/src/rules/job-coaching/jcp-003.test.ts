import { describe, expect, it } from 'vitest';
import { JobCoachPlanDefinition as D } from '../../documents/job-coach-plan.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('JCP-003 coaching beyond 3 years', () => {
  it('accepts the example and exactly 3 years', () => {
    expect(issuesOfRule(D, 'JCP-003', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'JCP-003', (p) => (p.period.to = '2029-02-28')).nl).toEqual([]);
  });

  it('warns one day beyond 3 years', () => {
    const r = issuesOfRule(D, 'JCP-003', (p) => (p.period.to = '2029-03-01'));
    expect(r.en.map((i) => [i.severity, i.path, i.message])).toEqual([
      ['warning', ['period', 'to'], 'Coaching runs on after 2029-03-01, beyond 3 years.'],
    ]);
  });
});
