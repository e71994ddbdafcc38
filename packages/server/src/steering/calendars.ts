import { holidaysInYear, WORKING_DAY_CALENDARS } from '@banenafspraak/core';
import type { CalendarDays } from './query.js';

/**
 * The calendars shipped with the standard as holiday lists for a window of dates: what the
 * SQL needs to number working days (core's calendar rules stay the one source).
 */
export function calendarDaysFor(window: { from: string; to: string }): CalendarDays[] {
  const years: number[] = [];
  for (let y = Number(window.from.slice(0, 4)); y <= Number(window.to.slice(0, 4)); y++) years.push(y);
  return Object.values(WORKING_DAY_CALENDARS).map((calendar) => ({
    id: calendar.id,
    holidays: years.flatMap((y) => holidaysInYear(calendar, y).map((h) => h.date)).filter((d) => d >= window.from && d <= window.to),
    ...(calendar.cutoffHour !== undefined ? { cutoffHour: calendar.cutoffHour } : {}),
  }));
}

/** ISO date `days` after `date` (before it when negative). */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The span the calendars cover: a fortnight before the period (an event late on the day before
 * moves into it by the cut-off) to 40 days after the later of the period's end and the
 * measurement date (stop events after it count as not yet happened).
 */
export function calendarWindow(from: string, to: string, asOf: string): { from: string; to: string } {
  return { from: shiftDate(from, -14), to: shiftDate(to > asOf ? to : asOf, 40) };
}

/**
 * Working-day numbers over the window, one per day from `window.from`: the working days up to and
 * including that day (so the working days in (a, b] are n(b) − n(a)). What the reports look up
 * by day offset instead of joining a calendar per row.
 */
export function workingDayNumbers(calendar: { readonly holidays: readonly string[] }, window: { from: string; to: string }): number[] {
  const holidays = new Set(calendar.holidays);
  const numbers: number[] = [];
  let count = 0;
  for (let day = window.from; day <= window.to; day = shiftDate(day, 1)) {
    const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (dow !== 0 && dow !== 6 && !holidays.has(day)) count++;
    numbers.push(count);
  }
  return numbers;
}
