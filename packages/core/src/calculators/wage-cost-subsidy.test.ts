import { describe, expect, it } from 'vitest';
import { defaultReferenceData, withTables } from '../reference-data/reference-data.js';
import { computeMinimumHourlyWage } from './minimum-wage.js';
import { computeFixedRateSubsidy, computeWageCostSubsidy, computeWageCostSubsidyForPeriod } from './wage-cost-subsidy.js';

describe('computeWageCostSubsidy — worked example brief §8.4 (WML €14.71, wage = WML)', () => {
  it('60 %: base €5.884/h, charges €1.38274, total €7.26674/h, €174.40 per 24-hour week', () => {
    const r = computeWageCostSubsidy({ date: '2026-01-01', wageValuePct: 60, hourlyWageCents: 1471, hoursPerWeek: 24 });
    expect(r.ok && r.eligible).toBe(true);
    if (!(r.ok && r.eligible)) return;
    expect(r.wageValueAmountPerHour.exactEuro).toBe('8.826');
    expect(r.basePerHour.exactEuro).toBe('5.884');
    expect(r.capped).toBe(false);
    expect(r.employerChargesPerHour.exactEuro).toBe('1.38274');
    expect(r.totalPerHour).toEqual({ exactEuro: '7.26674', cents: 727, roundingMode: 'HALF_UP' });
    expect(r.perWeek).toEqual({ exactEuro: '174.40176', cents: 17440, roundingMode: 'HALF_UP' });
    expect(r.parametersUsed).toEqual([
      { tableId: 'WML_HOURLY_ADULT', validFrom: '2026-01-01', value: '14.71' },
      { tableId: 'LKS_CAP_PCT_OF_WML', validFrom: '2015-01-01', value: '70' },
      { tableId: 'LKS_EMPLOYER_CHARGES_PCT', validFrom: '2015-01-01', value: '23.5' },
    ]);
  });

  it('60 % with the 8 % holiday pay factor: €7.848079/h', () => {
    const r = computeWageCostSubsidy({ date: '2026-01-01', wageValuePct: 60, hourlyWageCents: 1471, includeHolidayPay: true });
    expect(r.ok && r.eligible && r.totalPerHour.exactEuro).toBe('7.8480792');
    expect(r.ok && r.eligible && r.totalPerHour.cents).toBe(785);
    expect(r.ok && r.eligible && r.parametersUsed.map((p) => p.tableId)).toContain('HOLIDAY_PAY_PCT');
    // the brief prints six decimals
    expect(r.ok && r.eligible && Number(r.totalPerHour.exactEuro).toFixed(6)).toBe('7.848079');
  });

  it('a wage that includes holiday pay is converted to the basis excluding it', () => {
    const exact = computeWageCostSubsidy({ date: '2026-01-01', wageValuePct: 50, hourlyWageCents: 1620, wageIncludesHolidayPay: true });
    // wage excl. holiday pay = 16.20 / 1.08 = 15; 50 % → 7.5; base = 14.71 − 7.5 = 7.21
    expect(exact.ok && exact.eligible && exact.basePerHour.exactEuro).toBe('7.21');
  });

  it('20 %: base capped at €10.297/h → €12.716795/h', () => {
    const r = computeWageCostSubsidy({ date: '2026-01-01', wageValuePct: 20, hourlyWageCents: 1471 });
    expect(r.ok && r.eligible).toBe(true);
    if (!(r.ok && r.eligible)) return;
    expect(r.capped).toBe(true);
    expect(r.basePerHour.exactEuro).toBe('10.297');
    expect(r.totalPerHour.exactEuro).toBe('12.716795');
    expect(r.totalPerHour.cents).toBe(1272);
  });

  it('a wage above WML can reduce the base to zero but never below', () => {
    const r = computeWageCostSubsidy({ date: '2026-01-01', wageValuePct: 90, hourlyWageCents: 2000 });
    expect(r.ok && r.eligible && r.totalPerHour).toEqual({ exactEuro: '0', cents: 0, roundingMode: 'HALF_UP' });
  });

  it('is not eligible at a wage value of 100 % or more (INS-002)', () => {
    expect(computeWageCostSubsidy({ date: '2026-01-01', wageValuePct: 100, hourlyWageCents: 1471 })).toMatchObject({
      ok: true,
      eligible: false,
      reason: 'WAGE_VALUE_AT_LEAST_100',
      ruleId: 'INS-002',
    });
  });

  it('uses the WML of the period date: 2025-06-30 vs 2025-07-01 (REF-001)', () => {
    const june = computeWageCostSubsidy({ date: '2025-06-30', wageValuePct: 60, hourlyWageCents: 1406 });
    const july = computeWageCostSubsidy({ date: '2025-07-01', wageValuePct: 60, hourlyWageCents: 1440 });
    expect(june.ok && june.eligible && june.minimumWagePerHour.exactEuro).toBe('14.06');
    expect(june.ok && june.eligible && june.basePerHour.exactEuro).toBe('5.624');
    expect(july.ok && july.eligible && july.minimumWagePerHour.exactEuro).toBe('14.4');
    expect(july.ok && july.eligible && july.basePerHour.exactEuro).toBe('5.76');
  });

  it('returns REF-002 for a date before 2024-01-01 instead of using a later WML', () => {
    expect(computeWageCostSubsidy({ date: '2023-12-31', wageValuePct: 60, hourlyWageCents: 1471 })).toMatchObject({
      ok: false,
      code: 'REF-002',
      tableId: 'WML_HOURLY_ADULT',
      date: '2023-12-31',
    });
  });

  it('rounding mode is configurable and applied once at the end', () => {
    // 7.26674 × 10.5 h = 76.30077 → all modes 7630; pick a half-cent case: 60 % at 2026, 0.5 h → 3.63337
    const hu = computeWageCostSubsidy({
      date: '2026-01-01',
      wageValuePct: 60,
      hourlyWageCents: 1471,
      paidHours: 0.5,
      roundingMode: 'DOWN',
    });
    expect(hu.ok && hu.eligible && hu.perPeriod).toEqual({ exactEuro: '3.63337', cents: 363, roundingMode: 'DOWN' });
    // exact half cent: base with wage value 50 % of €14.71 → 7.355 per hour
    const half = computeWageCostSubsidy({ date: '2026-01-01', wageValuePct: 50, hourlyWageCents: 1471, roundingMode: 'HALF_EVEN' });
    expect(half.ok && half.eligible && half.basePerHour).toEqual({ exactEuro: '7.355', cents: 736, roundingMode: 'HALF_EVEN' });
    const halfDown = computeWageCostSubsidy({ date: '2026-01-01', wageValuePct: 50, hourlyWageCents: 1469, roundingMode: 'HALF_EVEN' });
    // 14.71 − 7.345 = 7.365 → half-even 7.36, half-up 7.37
    expect(halfDown.ok && halfDown.eligible && halfDown.basePerHour.cents).toBe(736);
  });

  it('uses a vendor-supplied newer WML row', () => {
    const loaded = withTables(defaultReferenceData, [
      {
        id: 'WML_HOURLY_ADULT',
        titleNl: 'Wettelijk minimumuurloon',
        titleEn: 'Statutory hourly minimum wage',
        unit: 'EUR_PER_HOUR',
        rows: [{ validFrom: '2026-07-01', value: '15.00', source: 'vendor test' }],
      },
    ]);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const r = computeWageCostSubsidy({ date: '2026-07-01', wageValuePct: 60, hourlyWageCents: 1500, referenceData: loaded.referenceData });
    expect(r.ok && r.eligible && r.basePerHour.exactEuro).toBe('6');
    expect(r.ok && r.eligible && r.parametersUsed[0]).toEqual({ tableId: 'WML_HOURLY_ADULT', validFrom: '2026-07-01', value: '15.00' });
  });

  it('rejects malformed input with an error result, not a throw', () => {
    expect(computeWageCostSubsidy({ date: '2026-13-01', wageValuePct: 60, hourlyWageCents: 1471 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      path: ['date'],
    });
    expect(computeWageCostSubsidy({ date: '2026-01-01', wageValuePct: 60, hourlyWageCents: 14.71 })).toMatchObject({
      ok: false,
      path: ['hourlyWageCents'],
    });
    expect(computeWageCostSubsidy({ date: '2026-01-01', wageValuePct: -1, hourlyWageCents: 1471 })).toMatchObject({
      ok: false,
      path: ['wageValuePct'],
    });
  });
});

describe('computeWageCostSubsidyForPeriod (REF-003)', () => {
  it('splits a week across 1 July 2025 and computes each part with its own WML', () => {
    const r = computeWageCostSubsidyForPeriod({
      period: { from: '2025-06-30', to: '2025-07-06' },
      wageValuePct: 60,
      hourlyWageCents: 1406,
      hoursPerWeek: 24,
    });
    expect(r.ok && r.eligible).toBe(true);
    if (!(r.ok && r.eligible)) return;
    expect(r.parts.map((p) => [p.from, p.to, p.days, p.parametersUsed[0]?.value])).toEqual([
      ['2025-06-30', '2025-06-30', 1, '14.06'],
      ['2025-07-01', '2025-07-06', 6, '14.40'],
    ]);
    // June: (14.06 − 0.6 × 14.06) × 1.235 = 6.94564 × 24/7 h; July: (14.40 − 8.436) × 1.235 = 7.36554 × 144/7 h
    // total = (6.94564 × 24 + 7.36554 × 144) / 7 = (166.69536 + 1060.63776) / 7 = 1227.33312 / 7 = 175.333302857…
    expect(r.total.cents).toBe(17533);
    expect(r.parametersUsed.filter((p) => p.tableId === 'WML_HOURLY_ADULT').map((p) => p.value)).toEqual(['14.06', '14.40']);
  });

  it('a period inside one row equals the single-date computation', () => {
    const r = computeWageCostSubsidyForPeriod({
      period: { from: '2026-03-02', to: '2026-03-08' },
      wageValuePct: 60,
      hourlyWageCents: 1471,
      hoursPerWeek: 24,
    });
    expect(r.ok && r.eligible && r.total.cents).toBe(17440);
  });

  it('a period reaching before 2024 is REF-002', () => {
    expect(
      computeWageCostSubsidyForPeriod({
        period: { from: '2023-12-28', to: '2024-01-03' },
        wageValuePct: 60,
        hourlyWageCents: 1327,
        paidHours: 20,
      }),
    ).toMatchObject({
      ok: false,
      code: 'REF-002',
    });
  });
});

describe('computeFixedRateSubsidy (INS-006)', () => {
  it('50 % × €14.71 = €7.355/h, without employer charges by default', () => {
    const r = computeFixedRateSubsidy({ date: '2026-02-01', employmentStart: '2026-01-01', hoursPerWeek: 24 });
    expect(r.ok && r.eligible).toBe(true);
    if (!(r.ok && r.eligible)) return;
    expect(r.basePerHour.exactEuro).toBe('7.355');
    expect(r.totalPerHour.exactEuro).toBe('7.355');
    expect(r.employerChargesIncluded).toBe(false);
    expect(r.perWeek?.cents).toBe(17652);
    expect(r.windowEnd).toBe('2026-06-30');
  });

  it('adds employer charges when asked (UNCERTAIN option)', () => {
    const r = computeFixedRateSubsidy({ date: '2026-02-01', employmentStart: '2026-01-01', includeEmployerCharges: true });
    expect(r.ok && r.eligible && r.totalPerHour.exactEuro).toBe('9.083425');
  });

  it('names every table it used, the optional ones after the fixed rate', () => {
    const r = computeFixedRateSubsidy({
      date: '2026-02-01',
      employmentStart: '2026-01-01',
      includeEmployerCharges: true,
      includeHolidayPay: true,
    });
    expect(r.ok && r.eligible && r.parametersUsed.map((u) => u.tableId)).toEqual([
      'WML_HOURLY_ADULT',
      'LKS_FIXED_RATE_PCT_OF_WML',
      'LKS_FIXED_RATE_MAX_MONTHS',
      'LKS_EMPLOYER_CHARGES_PCT',
      'HOLIDAY_PAY_PCT',
    ]);
  });

  it('is not eligible after 6 months from the start of employment', () => {
    expect(computeFixedRateSubsidy({ date: '2026-06-30', employmentStart: '2026-01-01' })).toMatchObject({ ok: true, eligible: true });
    expect(computeFixedRateSubsidy({ date: '2026-07-01', employmentStart: '2026-01-01' })).toMatchObject({
      ok: true,
      eligible: false,
      reason: 'FIXED_RATE_PERIOD_EXCEEDED',
      ruleId: 'INS-006',
    });
  });
});

describe('computeMinimumHourlyWage (brief §8.2)', () => {
  it.each([
    [21, 1471],
    [20, 1177],
    [19, 883],
    [18, 736],
    [17, 581],
    [16, 507],
    [15, 441],
  ])('age %i at 2026-01-01 → %i cents', (age, cents) => {
    const r = computeMinimumHourlyWage({ date: '2026-01-01', age });
    expect(r.ok && r.perHour.cents).toBe(cents);
  });

  it('BBL percentages for 18–20', () => {
    const r = computeMinimumHourlyWage({ date: '2026-01-01', age: 20, bbl: true });
    // 14.71 × 61.5 % = 9.04665
    expect(r.ok && r.perHour).toEqual({ exactEuro: '9.04665', cents: 905, roundingMode: 'HALF_UP' });
  });

  it('no youth row before 2024 → REF-002', () => {
    expect(computeMinimumHourlyWage({ date: '2023-06-01', age: 18 })).toMatchObject({ ok: false, code: 'REF-002' });
  });

  it('names the adult table and the youth percentage it used, in that order', () => {
    const r = computeMinimumHourlyWage({ date: '2026-01-01', age: 18 });
    expect(r.ok && r.parametersUsed.map((u) => u.tableId)).toEqual(['WML_HOURLY_ADULT', 'WML_YOUTH_PCT_18']);
  });
});
