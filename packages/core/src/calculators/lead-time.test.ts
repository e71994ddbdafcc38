import { describe, expect, it } from 'vitest';
import { evaluateLeadTime } from './lead-time.js';
import { NL_COMMON_CAO } from './working-days.js';

const agreement = { fromEvent: 'VACANCY_RECEIVED', toEvent: 'FIRST_CANDIDATE_PROPOSED', targetWorkingDays: 5, targetSharePct: 75 } as const;

describe('evaluateLeadTime', () => {
  it('classifies cases and compares the share met with the target share', () => {
    const r = evaluateLeadTime({
      agreement,
      calendar: NL_COMMON_CAO,
      asOf: '2026-04-15T12:00:00+02:00',
      cases: [
        { id: 'a', from: '2026-03-02T09:00:00+01:00', to: '2026-03-06T16:00:00+01:00' }, // 4 → MET
        { id: 'b', from: '2026-03-02T09:00:00+01:00', to: '2026-03-09T10:00:00+01:00' }, // 5 → MET
        { id: 'c', from: '2026-03-02T09:00:00+01:00', to: '2026-03-10T10:00:00+01:00' }, // 6 → NOT_MET
        { id: 'd', from: '2026-04-13T09:00:00+02:00' }, // open, 2 days → OPEN
        { id: 'e', from: '2026-03-30T09:00:00+02:00' }, // open, Easter Monday skipped: 11 → NOT_MET
        { id: 'f', from: '2026-03-10T09:00:00+01:00', to: '2026-03-09T09:00:00+01:00' }, // INVALID
        { id: 'g', from: 'yesterday' }, // INVALID
      ],
    });
    expect(r.cases.map((c) => [c.id, c.workingDays, c.status])).toEqual([
      ['a', 4, 'MET'],
      ['b', 5, 'MET'],
      ['c', 6, 'NOT_MET'],
      ['d', 2, 'OPEN'],
      ['e', 11, 'NOT_MET'],
      ['f', undefined, 'INVALID'],
      ['g', undefined, 'INVALID'],
    ]);
    expect(r).toMatchObject({
      met: 2,
      notMet: 2,
      open: 1,
      invalid: 2,
      sharePct: 50,
      targetSharePct: 75,
      targetMet: false,
      asOfDate: '2026-04-15',
    });
  });

  it('a case closed after asOf is still open at asOf; no decided case gives null share', () => {
    const r = evaluateLeadTime({
      agreement,
      calendar: NL_COMMON_CAO,
      asOf: '2026-03-03',
      cases: [{ from: '2026-03-02T09:00:00+01:00', to: '2026-03-05T09:00:00+01:00' }],
    });
    expect(r.cases[0]).toMatchObject({ status: 'OPEN', workingDays: 1 });
    expect(r.sharePct).toBeNull();
    expect(r.targetMet).toBeNull();
  });

  it('the share is compared exactly (2 of 3 is below 66.67 %)', () => {
    const closed = (to: string) => ({ from: '2026-03-02T09:00:00+01:00', to });
    const r = evaluateLeadTime({
      agreement: { ...agreement, targetSharePct: 66.67 },
      calendar: NL_COMMON_CAO,
      asOf: '2026-04-01',
      cases: [closed('2026-03-03T09:00:00+01:00'), closed('2026-03-03T09:00:00+01:00'), closed('2026-03-20T09:00:00+01:00')],
    });
    expect(r.sharePct).toBeCloseTo(66.6667, 3);
    expect(r.targetMet).toBe(false);
  });

  it('the cut-off hour moves a late request to the next working day', () => {
    const r = evaluateLeadTime({
      agreement: { ...agreement, targetWorkingDays: 1 },
      calendar: { ...NL_COMMON_CAO, cutoffHour: 17 },
      asOf: '2026-03-31',
      cases: [{ from: '2026-03-06T17:30:00+01:00', to: '2026-03-10T09:00:00+01:00' }],
    });
    expect(r.cases[0]).toMatchObject({ fromDate: '2026-03-09', workingDays: 1, status: 'MET' });
  });
});
