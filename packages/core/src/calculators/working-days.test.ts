import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  amsterdamDate,
  easterSunday,
  holidaysInYear,
  isLocalDateAfter,
  isWorkingDay,
  NL_COMMON_CAO,
  NL_STATUTORY,
  toEventDate,
  toLocalDateTime,
  WorkingDayCalendarSchema,
  workingDaysBetween,
} from './working-days.js';

// Brief §10.1 holiday table, verbatim.
const TABLE: Record<string, [string, string, string]> = {
  NEW_YEARS_DAY: ['2025-01-01', '2026-01-01', '2027-01-01'],
  GOOD_FRIDAY: ['2025-04-18', '2026-04-03', '2027-03-26'],
  EASTER_SUNDAY: ['2025-04-20', '2026-04-05', '2027-03-28'],
  EASTER_MONDAY: ['2025-04-21', '2026-04-06', '2027-03-29'],
  KINGS_DAY: ['2025-04-26', '2026-04-27', '2027-04-27'],
  LIBERATION_DAY: ['2025-05-05', '2026-05-05', '2027-05-05'],
  ASCENSION_DAY: ['2025-05-29', '2026-05-14', '2027-05-06'],
  WHIT_SUNDAY: ['2025-06-08', '2026-05-24', '2027-05-16'],
  WHIT_MONDAY: ['2025-06-09', '2026-05-25', '2027-05-17'],
  CHRISTMAS_DAY: ['2025-12-25', '2026-12-25', '2027-12-25'],
  BOXING_DAY: ['2025-12-26', '2026-12-26', '2027-12-26'],
};
const YEARS = [2025, 2026, 2027] as const;

/** The moment `ms` written as a local date-time with an offset of `offsetMinutes` (`Z` for 0). */
function withOffset(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 16);
  const abs = Math.abs(offsetMinutes);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local}:00${offsetMinutes === 0 ? 'Z' : `${offsetMinutes < 0 ? '-' : '+'}${hhmm}`}`;
}

describe('holidays (brief §10.1)', () => {
  it('Easter Sunday by the anonymous Gregorian algorithm', () => {
    expect([easterSunday(2025), easterSunday(2026), easterSunday(2027)]).toEqual(['2025-04-20', '2026-04-05', '2027-03-28']);
    expect(easterSunday(2000)).toBe('2000-04-23');
    expect(easterSunday(2038)).toBe('2038-04-25'); // latest possible
    expect(easterSunday(2285)).toBe('2285-03-22'); // earliest possible
  });

  it.each(YEARS.map((y, i) => [y, i] as const))('NL_STATUTORY %i matches every date of the table', (year, i) => {
    const got = Object.fromEntries(holidaysInYear(NL_STATUTORY, year).map((h) => [h.id, h.date]));
    const want = Object.fromEntries(Object.entries(TABLE).map(([id, dates]) => [id, dates[i]]));
    expect(got).toEqual(want);
  });

  it.each(YEARS.map((y, i) => [y, i] as const))('NL_COMMON_CAO %i: no Good Friday, Bevrijdingsdag only in lustrum years', (year, i) => {
    const got = Object.fromEntries(holidaysInYear(NL_COMMON_CAO, year).map((h) => [h.id, h.date]));
    const { GOOD_FRIDAY: _gf, LIBERATION_DAY: lib, ...rest } = TABLE;
    const want: Record<string, string> = Object.fromEntries(Object.entries(rest).map(([id, dates]) => [id, dates[i] as string]));
    const lustrum = lib?.[0];
    if (year === 2025 && lustrum) want.LIBERATION_DAY_LUSTRUM = lustrum;
    expect(got).toEqual(want);
  });

  it('Koningsdag moves to 26 April when the 27th is a Sunday (2025), not otherwise', () => {
    expect(holidaysInYear(NL_STATUTORY, 2025).find((h) => h.id === 'KINGS_DAY')?.date).toBe('2025-04-26');
    expect(holidaysInYear(NL_STATUTORY, 2031).find((h) => h.id === 'KINGS_DAY')?.date).toBe('2031-04-26');
    expect(holidaysInYear(NL_STATUTORY, 2030).find((h) => h.id === 'KINGS_DAY')?.date).toBe('2030-04-27');
  });

  it('Good Friday is a non-working day only in the statutory calendar', () => {
    expect(isWorkingDay(NL_STATUTORY, '2026-04-03')).toBe(false);
    expect(isWorkingDay(NL_COMMON_CAO, '2026-04-03')).toBe(true);
    expect(isWorkingDay(NL_COMMON_CAO, '2026-05-05')).toBe(true);
    expect(isWorkingDay(NL_COMMON_CAO, '2030-05-06')).toBe(true);
    expect(isWorkingDay(NL_COMMON_CAO, '2030-05-05')).toBe(false);
  });

  it('shipped calendars are valid data', () => {
    expect(WorkingDayCalendarSchema.safeParse(NL_STATUTORY).success).toBe(true);
    expect(WorkingDayCalendarSchema.safeParse(NL_COMMON_CAO).success).toBe(true);
  });
});

describe('working days', () => {
  it('the event day is day 0; weekends and holidays are skipped', () => {
    expect(workingDaysBetween(NL_COMMON_CAO, '2026-03-02', '2026-03-02')).toBe(0);
    expect(workingDaysBetween(NL_COMMON_CAO, '2026-03-02', '2026-03-03')).toBe(1);
    expect(workingDaysBetween(NL_COMMON_CAO, '2026-03-06', '2026-03-09')).toBe(1); // Fri → Mon
    // Thu 2 April → Tue 7 April 2026: Good Friday counts in the cao calendar, Easter Monday does not
    expect(workingDaysBetween(NL_COMMON_CAO, '2026-04-02', '2026-04-07')).toBe(2);
    expect(workingDaysBetween(NL_STATUTORY, '2026-04-02', '2026-04-07')).toBe(1);
    expect(workingDaysBetween(NL_STATUTORY, '2026-04-07', '2026-04-02')).toBe(-1);
  });

  it('261 working days in 2025 without holidays, minus the weekday holidays', () => {
    const noHolidays = { id: 'WEEKDAYS', nameNl: 'Alleen weekdagen', holidays: [] };
    expect(workingDaysBetween(noHolidays, '2024-12-31', '2025-12-31')).toBe(261);
    expect(workingDaysBetween(noHolidays, '2023-12-31', '2024-12-31')).toBe(262);
    // NL_STATUTORY 2025 weekday holidays: 1/1, GF, EM, 5/5, Asc, WM, 25/12, 26/12 (Koningsdag on Saturday) = 8
    expect(workingDaysBetween(NL_STATUTORY, '2024-12-31', '2025-12-31')).toBe(253);
  });

  it('addWorkingDays skips the Easter weekend', () => {
    expect(addWorkingDays(NL_STATUTORY, '2026-04-02', 1)).toBe('2026-04-07');
    expect(addWorkingDays(NL_COMMON_CAO, '2026-04-02', 1)).toBe('2026-04-03');
    expect(addWorkingDays(NL_COMMON_CAO, '2026-04-07', -1)).toBe('2026-04-03');
    expect(addWorkingDays(NL_COMMON_CAO, '2026-04-04', 0)).toBe('2026-04-04');
  });

  it('property: workingDaysBetween(a, addWorkingDays(a, n)) = n', () => {
    const day = fc.integer({ min: 0, max: 365 * 12 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), fc.constantFrom(NL_STATUTORY, NL_COMMON_CAO), (a, n, cal) => {
        expect(workingDaysBetween(cal, a, addWorkingDays(cal, a, n))).toBe(n);
      }),
    );
  });
});

describe('Europe/Amsterdam dates and cut-off', () => {
  it('converts instants to the Amsterdam calendar date across DST', () => {
    expect(toLocalDateTime('2026-03-01T23:30:00Z')).toEqual({ date: '2026-03-02', hour: 0, minute: 30 }); // CET +1
    expect(toLocalDateTime('2026-07-01T22:30:00Z')).toEqual({ date: '2026-07-02', hour: 0, minute: 30 }); // CEST +2
    expect(toLocalDateTime('2026-07-01T21:59:00Z').date).toBe('2026-07-01');
    expect(toLocalDateTime('2026-03-02T08:00:00-05:00')).toEqual({ date: '2026-03-02', hour: 14, minute: 0 });
    expect(() => toLocalDateTime('2026-03-02')).toThrow(RangeError);
    expect(() => toLocalDateTime('2026-03-02T10:00:00')).toThrow(RangeError);
  });

  it('tells whether a moment falls after a date in Amsterdam, also around midnight and DST', () => {
    expect(isLocalDateAfter('2026-03-01T22:59:59Z', '2026-03-01')).toBe(false); // 23:59:59 CET
    expect(isLocalDateAfter('2026-03-01T23:00:00Z', '2026-03-01')).toBe(true); // 00:00 CET
    expect(isLocalDateAfter('2026-07-01T21:59:00Z', '2026-07-01')).toBe(false); // 23:59 CEST
    expect(isLocalDateAfter('2026-07-01T22:00:00Z', '2026-07-01')).toBe(true); // 00:00 CEST
    expect(isLocalDateAfter('2026-07-02T00:30:00+02:00', '2026-07-01')).toBe(true);
    expect(isLocalDateAfter('2026-05-01T09:00:00+02:00', '2026-06-01')).toBe(false);
    expect(isLocalDateAfter('2027-01-01T09:00:00Z', '2026-06-01')).toBe(true);
    expect(() => isLocalDateAfter('2026-03-02', '2026-03-01')).toThrow(RangeError);
    expect(() => isLocalDateAfter('2026-03-02T10:00:00', '2026-03-01')).toThrow(RangeError);
  });

  it('property: isLocalDateAfter(t, d) is toLocalDateTime(t).date > d', () => {
    const minute = 60_000;
    // Moments from 1900 to 2100, in UTC or with an offset, and dates up to two days around them.
    const moment = fc.record({
      ms: fc.integer({ min: Date.UTC(1900, 0, 1) / minute, max: Date.UTC(2100, 0, 1) / minute }).map((m) => m * minute),
      offsetMinutes: fc.constantFrom(0, 60, 120, -300, 330),
    });
    fc.assert(
      fc.property(moment, fc.integer({ min: -2, max: 2 }), ({ ms, offsetMinutes }, days) => {
        const dateTime = withOffset(ms, offsetMinutes);
        const date = new Date(ms + days * 86_400_000).toISOString().slice(0, 10);
        expect(isLocalDateAfter(dateTime, date)).toBe(toLocalDateTime(dateTime).date > date);
      }),
      { numRuns: 500 },
    );
  });

  it('property: amsterdamDate(t) is toLocalDateTime(t).date, also in the last hours of a UTC day', () => {
    const minute = 60_000;
    const day = 86_400_000;
    // Moments from 1900 to 2100, half of them between 21:00 and 24:00 UTC, in UTC or with an offset.
    const moment = fc.record({
      day: fc.integer({ min: Date.UTC(1900, 0, 1) / day, max: Date.UTC(2100, 0, 1) / day }),
      minuteOfDay: fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1260, max: 1439 })),
      offsetMinutes: fc.constantFrom(0, 60, 120, -300, 330),
    });
    fc.assert(
      fc.property(moment, ({ day: d, minuteOfDay, offsetMinutes }) => {
        const ms = d * day + minuteOfDay * minute;
        const dateTime = withOffset(ms, offsetMinutes);
        expect(amsterdamDate(dateTime)).toBe(toLocalDateTime(dateTime).date);
      }),
      { numRuns: 500 },
    );
    expect(amsterdamDate('2026-07-01T21:59:00Z')).toBe('2026-07-01');
    expect(amsterdamDate('2026-07-01T22:00:00Z')).toBe('2026-07-02'); // 00:00 CEST
    expect(amsterdamDate('2026-03-01T22:30:00Z')).toBe('2026-03-01'); // 23:30 CET
    expect(() => amsterdamDate('2026-03-02T10:00:00')).toThrow(RangeError);
  });

  it('events at or after the cut-off hour count from the next working day', () => {
    const cal = { ...NL_COMMON_CAO, cutoffHour: 17 };
    expect(toEventDate(cal, '2026-03-06T16:59:00+01:00')).toBe('2026-03-06');
    expect(toEventDate(cal, '2026-03-06T17:00:00+01:00')).toBe('2026-03-09');
    expect(toEventDate(cal, '2026-04-02T18:00:00+02:00')).toBe('2026-04-03');
    expect(toEventDate({ ...NL_STATUTORY, cutoffHour: 17 }, '2026-04-02T18:00:00+02:00')).toBe('2026-04-07');
    expect(toEventDate(NL_COMMON_CAO, '2026-03-06T23:00:00+01:00')).toBe('2026-03-06');
  });
});
