import { describe, expect, it } from 'vitest';
import { JobCoachReportDefinition as D } from '../../documents/job-coach-report.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('JCR-002 report after the period', () => {
  it('accepts the example and a report on the last day', () => {
    expect(issuesOfRule(D, 'JCR-002', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'JCR-002', (r) => (r.reportedOn = '2026-03-31')).nl).toEqual([]);
  });

  it('rejects a report before the period ends, and one dated in the future', () => {
    const r = issuesOfRule(D, 'JCR-002', (x) => (x.reportedOn = '2026-03-20'));
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([[['reportedOn'], 'The report is dated before the period ends.']]);
    const f = issuesOfRule(D, 'JCR-002', () => {}, { asOf: '2026-04-02' });
    expect(f.nl.map((i) => i.message)).toEqual(['De rapportagedatum ligt in de toekomst.']);
  });
});
