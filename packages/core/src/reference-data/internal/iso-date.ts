/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings, independent of the host time zone
 * (everything goes through UTC day numbers, so a vendor's server TZ never shifts a date).
 *
 * @internal Not exported from the package.
 */

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Whether `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Days in month `month` (1–12) of `year` (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parts of an ISO date; assumes a valid date. */
export function parts(s: string): { year: number; month: number; day: number } {
  return { year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) };
}

/** Days since 1970-01-01. */
export function toDayNumber(s: string): number {
  const { year, month, day } = parts(s);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** ISO date of a day number. */
export function fromDayNumber(n: number): string {
  const dt = new Date(n * MS_PER_DAY);
  return formatYmd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** Formats year, month (1–12), day as `YYYY-MM-DD`. */
export function formatYmd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `s` plus `n` days (n may be negative). */
export function addDays(s: string, n: number): string {
  return fromDayNumber(toDayNumber(s) + n);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(s: string): number {
  return (((toDayNumber(s) + 4) % 7) + 7) % 7;
}

/**
 * `s` plus `n` calendar months; when the day does not exist in the target month
 * (31 January + 1 month) the result is clamped to that month's last day.
 */
export function addMonthsClamped(s: string, n: number): string {
  const { year, month, day } = parts(s);
  const idx = year * 12 + (month - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return formatYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The earlier of two ISO dates. */
export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** The later of two ISO dates. */
export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}
