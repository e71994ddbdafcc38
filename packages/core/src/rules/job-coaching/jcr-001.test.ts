import { describe, expect, it } from 'vitest';
import { JobCoachReportDefinition as D } from '../../documents/job-coach-report.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('JCR-001 spent hours against planned', () => {
  it('accepts the example and exactly 10 % above', () => {
    expect(issuesOfRule(D, 'JCR-001', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'JCR-001', (r) => (r.spentHours = 17.6)).nl).toEqual([]);
  });

  it('warns above 10 %', () => {
    const r = issuesOfRule(D, 'JCR-001', (x) => (x.spentHours = 17.75));
    expect(r.valid).toBe(true);
    expect(r.en.map((i) => [i.severity, i.message])).toEqual([['warning', 'Spent 17.75 hours against 16 planned: more than 10% above.']]);
  });
});
