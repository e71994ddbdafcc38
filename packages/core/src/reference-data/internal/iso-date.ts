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

const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));
// `MM-DD` for month * 32 + day, and the last `YYYY-` built: a date is then one concatenation
// of two short strings instead of four (dates in one validation share their year).
const MONTH_DAY = Array.from({ length: 13 * 32 }, (_, i) => `${TWO_DIGITS[Math.floor(i / 32)]}-${TWO_DIGITS[i % 32]}`);
let lastYear = -1;
let lastYearPrefix = '';

function yearPrefix(year: number): string {
  if (year !== lastYear) {
    lastYearPrefix = `${year}-`;
    lastYear = year;
  }
  return lastYearPrefix;
}

/** Formats year, month (1–12), day as `YYYY-MM-DD`. */
export function formatYmd(year: number, month: number, day: number): string {
  // The common case without number-to-string padding: a four-digit year, a month and a day.
  if (year >= 1000 && year <= 9999 && Number.isInteger(year) && month >= 1 && month <= 12 && Number.isInteger(month) && day >= 1 && day <= 31 && Number.isInteger(day))
    return yearPrefix(year) + MONTH_DAY[month * 32 + day];
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
