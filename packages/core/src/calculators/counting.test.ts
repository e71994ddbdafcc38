import { describe, expect, it } from 'vitest';
import { assessQuota, countPaidHours } from './counting.js';

const L01 = '123456782L01';
const L02 = '123456782L02';

describe('countPaidHours (CNT-001)', () => {
  it('counts paid hours of people with a counting basis per loonheffingennummer, and says why others are left out', () => {
    const r = countPaidHours({
      year: 2026,
      records: [
        {
          id: 'd-mar',
          payrollTaxNumber: L01,
          period: { from: '2026-03-01', to: '2026-03-31' },
          paidHours: 104,
          basis: 'PW_NO_WML_CAPACITY',
        },
        {
          id: 'd-apr',
          payrollTaxNumber: L01,
          period: { from: '2026-04-01', to: '2026-04-30' },
          paidHours: 100.5,
          basis: 'PW_NO_WML_CAPACITY',
        },
        {
          id: 'p',
          payrollTaxNumber: L02,
          period: { from: '2026-03-01', to: '2026-03-31' },
          paidHours: 80,
          basis: 'WORKING_WITH_PROVISION',
        },
        { id: 'n', payrollTaxNumber: L02, period: { from: '2026-03-01', to: '2026-03-31' }, paidHours: 80 },
        { id: 'old', payrollTaxNumber: L01, period: { from: '2025-03-01', to: '2025-03-31' }, paidHours: 80, basis: 'WAJONG' },
        { id: 'bad', payrollTaxNumber: L01, period: { from: '2026-03-31', to: '2026-03-01' }, paidHours: 80, basis: 'WAJONG' },
      ],
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.byPayrollTaxNumber.map((c) => [c.payrollTaxNumber, c.countedPaidHours])).toEqual([[L01, '204.5']]);
    // 204.5 / (25.5 × 365 / 7) = 0.15380…
    expect(r.byPayrollTaxNumber[0]?.jobEquivalents).toBeCloseTo(204.5 / ((25.5 * 365) / 7), 12);
    expect(r.excluded).toEqual([
      { index: 2, id: 'p', reason: 'BASIS_DOES_NOT_COUNT' },
      { index: 3, id: 'n', reason: 'NO_BASIS' },
      { index: 4, id: 'old', reason: 'OUTSIDE_YEAR' },
      { index: 5, id: 'bad', reason: 'INVALID_RECORD' },
    ]);
    expect(r.parametersUsed.map((u) => u.tableId)).toEqual(['HOURS_PER_JOB']);
  });

  it('attributes a period across the year boundary pro rata by days', () => {
    const r = countPaidHours({
      year: 2026,
      records: [{ payrollTaxNumber: L01, period: { from: '2025-12-22', to: '2026-01-04' }, paidHours: 56, basis: 'VSO_PUPIL' }],
    });
    expect(r.ok && r.byPayrollTaxNumber[0]?.countedPaidHours).toBe('16');
  });
});

describe('assessQuota (CNT-003) per loonheffingennummer', () => {
  it('applies above 40,575 paid hours, not at it', () => {
    const at = assessQuota({ year: 2026, totalPaidHours: 40575 });
    const above = assessQuota({ year: 2026, totalPaidHours: 40575.5 });
    expect(at.ok && [at.applies, at.thresholdPaidHours, at.severity]).toEqual([false, '40575', 'information']);
    expect(above.ok && above.applies).toBe(true);
    expect(above.ok && above.messageEn).toBe(
      'With more than 40575 paid hours in 2026 this payroll tax number falls under the quota regime.',
    );
  });

  it('is reported per tax number next to the count, also for a tax number without counted hours', () => {
    const r = countPaidHours({
      year: 2026,
      records: [{ payrollTaxNumber: L01, period: { from: '2026-03-01', to: '2026-03-31' }, paidHours: 104, basis: 'WAJONG' }],
      totalPaidHours: { [L01]: 52_000, [L02]: 12_000 },
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.byPayrollTaxNumber.map((c) => [c.payrollTaxNumber, c.countedPaidHours, c.quota?.applies])).toEqual([
      [L01, '104', true],
      [L02, '0', false],
    ]);
    expect(r.parametersUsed.map((u) => u.tableId)).toEqual(['HOURS_PER_JOB', 'QUOTA_THRESHOLD_PAID_HOURS']);
  });

  it('refuses a year without reference data instead of guessing (REF-002)', () => {
    const r = assessQuota({ year: 2010, totalPaidHours: 50_000 });
    expect(r.ok ? 'ok' : r.code).toBe('REF-002');
  });
});
