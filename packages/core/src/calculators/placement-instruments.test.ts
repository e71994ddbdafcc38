import { describe, expect, it } from 'vitest';
import { computeJobEquivalent, computeJobEquivalentExact, formatJobEquivalent, sumJobEquivalents } from './job-equivalent.js';
import { computeLkv } from './lkv.js';
import { checkTrialLength, computeTrialEndDate } from './trial-placement.js';
import { checkWageDispensationEligibility } from './wage-dispensation.js';

describe('job equivalent (PLC-002, brief §10.2)', () => {
  it('hours / 25.5 at full precision', () => {
    expect(computeJobEquivalent(12.75)).toBe(0.5);
    expect(computeJobEquivalent(25.5)).toBe(1);
    expect(computeJobEquivalent(32)).toBe(32 / 25.5);
    expect(computeJobEquivalentExact(32)).toBe('64/51');
    expect(computeJobEquivalentExact('12.75')).toBe('0.5');
  });
  it('display rounding and exact sums', () => {
    expect(formatJobEquivalent(computeJobEquivalent(32))).toBe('1.25');
    expect(formatJobEquivalent(computeJobEquivalent(32), 4)).toBe('1.2549');
    expect(sumJobEquivalents([12.75, 12.75, 0.1, 0.2])).toBe(computeJobEquivalent(25.8));
  });
});

describe('trial placement (PLC-004, PLC-006)', () => {
  it('computes the end date in calendar months, end inclusive', () => {
    expect(computeTrialEndDate('2026-03-01', 2)).toBe('2026-04-30');
    expect(computeTrialEndDate('2026-03-15', 2)).toBe('2026-05-14');
    expect(computeTrialEndDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(computeTrialEndDate('2026-01-28', 1)).toBe('2026-02-27');
    expect(computeTrialEndDate('2027-12-01', 6)).toBe('2028-05-31');
  });

  it('UWV: 2 months is fine; > 2 without reason is a warning; > 6 an error', () => {
    const base = { regime: 'UWV', plannedMonths: 2, startDate: '2026-03-01' } as const;
    expect(checkTrialLength(base)).toMatchObject({ ok: true, issues: [], endDate: '2026-04-30', effectiveMonths: 2 });
    expect(checkTrialLength({ ...base, extendedToMonths: 4 })).toMatchObject({
      issues: [{ severity: 'warning', code: 'TRIAL_EXTENDED_WITHOUT_REASON', ruleId: 'PLC-004' }],
    });
    expect(checkTrialLength({ ...base, extendedToMonths: 4, extensionReason: 'arbeidsbeperking' })).toMatchObject({ issues: [] });
    expect(checkTrialLength({ ...base, extendedToMonths: 7, extensionReason: 'x' })).toMatchObject({
      issues: [{ severity: 'error', code: 'TRIAL_TOO_LONG', ruleId: 'PLC-004', path: ['trial', 'extendedToMonths'] }],
    });
  });

  it('MUNICIPAL_PW: above the configured maximum is a warning; not before 2023-07-01', () => {
    const base = { regime: 'MUNICIPAL_PW', plannedMonths: 6, startDate: '2026-03-01' } as const;
    const r = checkTrialLength(base);
    expect(r).toMatchObject({ ok: true, issues: [] });
    expect(r.ok && r.parametersUsed).toEqual([{ tableId: 'TRIAL_PW_MAX_MONTHS', validFrom: '2023-07-01', value: '6' }]);
    expect(checkTrialLength({ ...base, configuredMaxMonths: 3 })).toMatchObject({
      issues: [{ severity: 'warning', code: 'TRIAL_ABOVE_CONFIGURED_MAXIMUM', ruleId: 'PLC-006' }],
    });
    expect(checkTrialLength({ ...base, startDate: '2023-06-30' })).toMatchObject({
      issues: [{ code: 'TRIAL_REGIME_NOT_IN_FORCE', severity: 'error' }],
    });
  });

  it('bad input is an error result', () => {
    expect(checkTrialLength({ regime: 'UWV', plannedMonths: 0, startDate: '2026-03-01' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});

describe('wage dispensation (INS-010)', () => {
  const ok = {
    basis: 'WAJONG',
    wageValuePct: 75,
    contractMonthsRemaining: 6,
    durationMonths: 60,
    startDate: '2026-03-01',
    applicationDate: '2026-03-20',
    employeeInformedOn: '2026-02-25',
  } as const;

  it('eligible at the boundaries', () => {
    expect(checkWageDispensationEligibility(ok)).toMatchObject({ ok: true, eligible: true, unmet: [] });
  });

  it('lists every unmet condition', () => {
    const r = checkWageDispensationEligibility({
      ...ok,
      basis: 'PW_NO_WML_CAPACITY',
      wageValuePct: 76,
      contractMonthsRemaining: 5,
      durationMonths: 61,
      startDate: '2026-04-01',
      employeeInformedOn: undefined,
    });
    expect(r.ok && r.unmet.map((u) => u.code)).toEqual([
      'BASIS_NOT_WAJONG',
      'WAGE_VALUE_TOO_HIGH',
      'CONTRACT_TOO_SHORT',
      'DURATION_TOO_LONG',
      'START_NOT_FIRST_OF_APPLICATION_MONTH',
      'EMPLOYEE_NOT_INFORMED',
    ]);
    expect(r.ok && r.eligible).toBe(false);
    expect(checkWageDispensationEligibility({ ...ok, durationMonths: 5 })).toMatchObject({
      unmet: [{ code: 'DURATION_TOO_SHORT', ruleId: 'INS-010' }],
    });
  });
});

describe('LKV (INS-017)', () => {
  it('banenafspraak 2026: €1.01/h while employed, capped at €2,000', () => {
    const r = computeLkv({
      instrument: 'LKV_JOB_AGREEMENT',
      year: 2026,
      paidHours: 1000,
      employmentStart: '2019-05-01',
      inTargetGroupRegister: true,
    });
    expect(r).toMatchObject({ ok: true, eligible: true, regime: 'WHILE_EMPLOYED', amount: { cents: 101000 }, capReached: false });
    expect(r.ok && r.parametersUsed.map((u) => u.tableId)).toEqual([
      'LKV_JOB_AGREEMENT_RATE',
      'LKV_JOB_AGREEMENT_ANNUAL_CAP',
      'LKV_JOB_AGREEMENT_MAX_YEARS',
      'LKV_JOB_AGREEMENT_STRUCTURAL',
      'LKV_JOB_AGREEMENT_STATEMENT_MONTHS',
    ]);
    const capped = computeLkv({
      instrument: 'LKV_JOB_AGREEMENT',
      year: 2026,
      paidHours: 1981,
      employmentStart: '2026-01-01',
      inTargetGroupRegister: true,
    });
    expect(capped).toMatchObject({ amount: { cents: 200000, exactEuro: '2000' }, capReached: true });
    expect(computeLkv({ instrument: 'LKV_JOB_AGREEMENT', year: 2026, paidHours: 10, employmentStart: '2026-01-01' })).toMatchObject({
      eligible: false,
      reason: 'NOT_IN_TARGET_GROUP_REGISTER',
    });
  });

  it('banenafspraak before 2026: at most 3 years, statement within 3 months', () => {
    const base = {
      instrument: 'LKV_JOB_AGREEMENT',
      year: 2025,
      paidHours: 500,
      employmentStart: '2023-03-15',
      targetGroupStatementRequestedOn: '2023-06-15',
    } as const;
    expect(computeLkv(base)).toMatchObject({
      eligible: true,
      regime: 'LIMITED_YEARS',
      amount: { cents: 50500 },
      eligibleWindow: { from: '2025-01-01', to: '2025-12-31' },
    });
    expect(computeLkv({ ...base, targetGroupStatementRequestedOn: '2023-06-16' })).toMatchObject({
      eligible: false,
      reason: 'STATEMENT_NOT_REQUESTED_IN_TIME',
    });
    expect(computeLkv({ ...base, employmentStart: '2022-03-15', targetGroupStatementRequestedOn: '2022-04-01' })).toMatchObject({
      eligible: true,
      eligibleWindow: { from: '2025-01-01', to: '2025-03-14' },
    });
    expect(computeLkv({ ...base, employmentStart: '2021-03-15', targetGroupStatementRequestedOn: '2021-04-01' })).toMatchObject({
      eligible: false,
      reason: 'MAX_DURATION_EXCEEDED',
    });
  });

  it('no LKV banenafspraak for sheltered employment', () => {
    expect(
      computeLkv({
        instrument: 'LKV_JOB_AGREEMENT',
        year: 2026,
        paidHours: 10,
        employmentStart: '2026-01-01',
        inTargetGroupRegister: true,
        shelteredEmployment: true,
      }),
    ).toMatchObject({ eligible: false, reason: 'SHELTERED_EMPLOYMENT' });
  });

  it('disabled / rehired: 2026 values, REF-002 before', () => {
    expect(computeLkv({ instrument: 'LKV_DISABLED', year: 2026, paidHours: 2000, employmentStart: '2025-06-01' })).toMatchObject({
      eligible: true,
      amount: { cents: 600000 },
      capReached: true,
      ratePerHour: { exactEuro: '3.05' },
    });
    expect(computeLkv({ instrument: 'LKV_REHIRED_DISABLED', year: 2027, paidHours: 100, employmentStart: '2025-06-01' })).toMatchObject({
      eligible: false,
      reason: 'MAX_DURATION_EXCEEDED',
    });
    expect(computeLkv({ instrument: 'LKV_DISABLED', year: 2025, paidHours: 100, employmentStart: '2025-06-01' })).toMatchObject({
      ok: false,
      code: 'REF-002',
    });
  });
});
