/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings, independent of the host time zone
 * (everything goes through UTC day numbers, so a vendor's server TZ never shifts a date).
 *
 * @internal Not exported from the package.
 */

// Date checks run for every rule that reads a date, so they avoid Date objects and regex
// captures: a few character codes and integer arithmetic.
const DIGIT_0 = 48;

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - DIGIT_0;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Whether `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  return y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `month` (1–12) of `year` (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? Number.NaN;
}

/** Parts of an ISO date; assumes a valid date. */
export function parts(s: string): { year: number; month: number; day: number } {
  return { year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)), day: Number(s.slice(8, 10)) };
}

/** Days since 1970-01-01 (proleptic Gregorian; integer arithmetic, no Date objects). */
export function toDayNumber(s: string): number {
  const { year, month, day } = parts(s);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** ISO date of a day number. */
export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatYmd(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
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

/**
 * Whether `s` has the shape `YYYY-MM-DD` with month 01–12 and day 01–31 (not checked against
 * the month): exactly `/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/`, without a regex.
 * @internal
 */
export function hasIsoDateShape(s: unknown): s is string {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  if (digits(s, 0, 4) < 0) return false;
  const mo = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

/**
 * Last day of a span of `months` calendar months starting on `start` (end inclusive):
 * 2026-03-01 + 2 → 2026-04-30. When the start day does not exist in the end month
 * (31 January + 1 month) the span ends on that month's last day.
 */
export function endOfMonthsInclusive(start: string, months: number): string {
  // Rules call this for every placement: for a valid date and a whole number of months the
  // end is computed on integers and formatted once; anything else takes the general path.
  if (Number.isInteger(months) && isIsoDate(start)) {
    const day = (start.charCodeAt(8) - 48) * 10 + (start.charCodeAt(9) - 48);
    const idx =
      ((start.charCodeAt(0) - 48) * 1000 +
        (start.charCodeAt(1) - 48) * 100 +
        (start.charCodeAt(2) - 48) * 10 +
        (start.charCodeAt(3) - 48)) *
        12 +
      ((start.charCodeAt(5) - 48) * 10 + (start.charCodeAt(6) - 48) - 1) +
      months;
    const y = Math.floor(idx / 12);
    const m = idx - y * 12 + 1;
    if (y >= 1 && y <= 9999) {
      const last = daysInMonth(y, m);
      if (last < day) return formatYmd(y, m, last); // clamped: the span ends on the last day
      if (day > 1) return formatYmd(y, m, day - 1);
      return m > 1 ? formatYmd(y, m - 1, daysInMonth(y, m - 1)) : y > 1 ? formatYmd(y - 1, 12, 31) : endOfMonthsGeneral(start, months);
    }
  }
  return endOfMonthsGeneral(start, months);
}

function endOfMonthsGeneral(start: string, months: number): string {
  const day = Number(start.slice(8, 10));
  const target = addMonthsClamped(start, months);
  // clamped: the "same day" does not exist, so the span ends on the clamped (last) day
  if (Number(target.slice(8, 10)) < day) return target;
  return addDays(target, -1);
}
