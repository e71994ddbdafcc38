import * as z from 'zod';
import { addDays, dayOfWeek, formatYmd, fromDayNumber, isIsoDate, toDayNumber } from '../reference-data/internal/iso-date.js';

const holidayBase = {
  id: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/)
    .describe('Stable key, e.g. KINGS_DAY.'),
  nameNl: z.string().min(1),
  nameEn: z.string().min(1),
  fromYear: z.int().optional().describe('First year the rule applies.'),
  toYear: z.int().optional().describe('Last year the rule applies.'),
};

/**
 * Schema of one holiday rule of a {@link WorkingDayCalendar}.
 *
 * @public
 */
export const HolidayRuleSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('FIXED'),
      ...holidayBase,
      month: z.int().min(1).max(12),
      day: z.int().min(1).max(31),
      ifSunday: z
        .enum(['PREVIOUS_DAY', 'NEXT_DAY'])
        .optional()
        .describe('Move the day when it falls on a Sunday (Koningsdag: previous day).'),
      everyNYears: z
        .int()
        .min(2)
        .optional()
        .describe('Only in years divisible by this number (Bevrijdingsdag every 5 years in many caos).'),
    }),
    z.object({
      kind: z.literal('EASTER_OFFSET'),
      ...holidayBase,
      offsetDays: z.int().describe('Days after Easter Sunday (Good Friday −2, Ascension +39, Whit Monday +50).'),
    }),
  ])
  .meta({ id: 'HolidayRule', title: 'Feestdagregel', description: 'How a public holiday falls in a year.' });
/**
 * One holiday rule: a fixed date or an offset from Easter Sunday.
 *
 * @public
 */
export type HolidayRule = z.infer<typeof HolidayRuleSchema>;

/**
 * Schema of a working-day calendar (data, per arrangement: `WorkingArrangements.calendarId`).
 *
 * @public
 */
export const WorkingDayCalendarSchema = z
  .object({
    id: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    nameNl: z.string().min(1),
    nameEn: z.string().optional(),
    description: z.string().optional().describe('Why these days; the legal or cao basis.'),
    holidays: z.array(HolidayRuleSchema),
    cutoffHour: z
      .int()
      .min(0)
      .max(23)
      .optional()
      .describe('Events at or after this local hour (Europe/Amsterdam) count from the next working day.'),
  })
  .meta({
    id: 'WorkingDayCalendar',
    title: 'Werkdagenkalender',
    description: 'Holidays and cut-off for counting working days (brief §10.1).',
  });
/**
 * A working-day calendar (*werkdagenkalender*). Saturdays and Sundays are never working
 * days; the holidays are data, because which holidays are days off is set by cao, not by law.
 *
 * @public
 */
export type WorkingDayCalendar = z.infer<typeof WorkingDayCalendarSchema>;

/**
 * A holiday on a concrete date.
 *
 * @public
 */
export interface Holiday {
  readonly date: string;
  readonly id: string;
  readonly nameNl: string;
  readonly nameEn: string;
}

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
 *
 * @example
 * ```ts
 * easterSunday(2026); // '2026-04-05'
 * ```
 *
 * @public
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatYmd(year, month, day);
}

const FIXED = (
  id: string,
  nameNl: string,
  nameEn: string,
  month: number,
  day: number,
  extra: Partial<Extract<HolidayRule, { kind: 'FIXED' }>> = {},
): HolidayRule => ({
  kind: 'FIXED',
  id,
  nameNl,
  nameEn,
  month,
  day,
  ...extra,
});
const EASTER = (id: string, nameNl: string, nameEn: string, offsetDays: number): HolidayRule => ({
  kind: 'EASTER_OFFSET',
  id,
  nameNl,
  nameEn,
  offsetDays,
});

const NEW_YEAR = FIXED('NEW_YEARS_DAY', 'Nieuwjaarsdag', "New Year's Day", 1, 1);
const GOOD_FRIDAY = EASTER('GOOD_FRIDAY', 'Goede Vrijdag', 'Good Friday', -2);
const EASTER_SUNDAY = EASTER('EASTER_SUNDAY', 'Eerste Paasdag', 'Easter Sunday', 0);
const EASTER_MONDAY = EASTER('EASTER_MONDAY', 'Tweede Paasdag', 'Easter Monday', 1);
const KINGS_DAY = FIXED('KINGS_DAY', 'Koningsdag', "King's Day", 4, 27, { ifSunday: 'PREVIOUS_DAY', fromYear: 2014 });
const QUEENS_DAY = FIXED('QUEENS_DAY', 'Koninginnedag', "Queen's Day", 4, 30, { ifSunday: 'PREVIOUS_DAY', fromYear: 1980, toYear: 2013 });
const LIBERATION_DAY = FIXED('LIBERATION_DAY', 'Bevrijdingsdag', 'Liberation Day', 5, 5);
const ASCENSION = EASTER('ASCENSION_DAY', 'Hemelvaartsdag', 'Ascension Day', 39);
const WHIT_SUNDAY = EASTER('WHIT_SUNDAY', 'Eerste Pinksterdag', 'Whit Sunday', 49);
const WHIT_MONDAY = EASTER('WHIT_MONDAY', 'Tweede Pinksterdag', 'Whit Monday', 50);
const CHRISTMAS = FIXED('CHRISTMAS_DAY', 'Eerste Kerstdag', 'Christmas Day', 12, 25);
const BOXING_DAY = FIXED('BOXING_DAY', 'Tweede Kerstdag', 'Boxing Day', 12, 26);

/**
 * Calendar for statutory deadlines (*Algemene termijnenwet* art. 3, [R38]): New Year's Day,
 * Easter, King's Day, 5 May every year, Ascension, Whitsun, Christmas, and Good Friday (treated
 * as equal to a public holiday by the Act's implementing decree).
 *
 * @public
 */
export const NL_STATUTORY: WorkingDayCalendar = {
  id: 'NL_STATUTORY',
  nameNl: 'Algemene termijnenwet',
  nameEn: 'General Time Limits Act',
  description: 'Statutory deadlines: the holidays of Algemene termijnenwet art. 3, Good Friday included, Bevrijdingsdag every year.',
  holidays: [
    NEW_YEAR,
    GOOD_FRIDAY,
    EASTER_SUNDAY,
    EASTER_MONDAY,
    QUEENS_DAY,
    KINGS_DAY,
    LIBERATION_DAY,
    ASCENSION,
    WHIT_SUNDAY,
    WHIT_MONDAY,
    CHRISTMAS,
    BOXING_DAY,
  ],
};

/**
 * A common cao calendar: the generally recognised public holidays without Good Friday, and
 * Bevrijdingsdag only in lustrum years (2025, 2030, …), as in many caos. This is the default
 * for performance agreements when the arrangements name no calendar; verify per cao and
 * ship your own calendar as data where it differs.
 *
 * @public
 */
export const NL_COMMON_CAO: WorkingDayCalendar = {
  id: 'NL_COMMON_CAO',
  nameNl: 'Gangbare cao-feestdagen',
  nameEn: 'Common collective-agreement holidays',
  description: 'Generally recognised holidays; no Good Friday; Bevrijdingsdag only every 5 years (lustrum), as in many caos.',
  holidays: [
    NEW_YEAR,
    EASTER_SUNDAY,
    EASTER_MONDAY,
    QUEENS_DAY,
    KINGS_DAY,
    FIXED('LIBERATION_DAY_LUSTRUM', 'Bevrijdingsdag (lustrum)', 'Liberation Day (every 5 years)', 5, 5, { everyNYears: 5 }),
    ASCENSION,
    WHIT_SUNDAY,
    WHIT_MONDAY,
    CHRISTMAS,
    BOXING_DAY,
  ],
};

/**
 * The calendars shipped with the standard, by id.
 *
 * @public
 */
export const WORKING_DAY_CALENDARS: Readonly<Record<string, WorkingDayCalendar>> = { NL_STATUTORY, NL_COMMON_CAO };

function ruleDate(rule: HolidayRule, year: number): string | undefined {
  if (rule.fromYear !== undefined && year < rule.fromYear) return undefined;
  if (rule.toYear !== undefined && year > rule.toYear) return undefined;
  if (rule.kind === 'EASTER_OFFSET') return addDays(easterSunday(year), rule.offsetDays);
  if (rule.everyNYears !== undefined && year % rule.everyNYears !== 0) return undefined;
  const date = formatYmd(year, rule.month, rule.day);
  if (!isIsoDate(date)) return undefined;
  if (rule.ifSunday && dayOfWeek(date) === 0) return addDays(date, rule.ifSunday === 'PREVIOUS_DAY' ? -1 : 1);
  return date;
}

/** The holidays of a calendar in one year, by date; when two rules fall on one date, the first rule's. */
function holidayMap(calendar: WorkingDayCalendar, year: number): Map<string, Holiday> {
  const m = new Map<string, Holiday>();
  for (const rule of calendar.holidays) {
    const date = ruleDate(rule, year);
    if (date !== undefined && !m.has(date)) m.set(date, { date, id: rule.id, nameNl: rule.nameNl, nameEn: rule.nameEn });
  }
  return m;
}

/**
 * Whether dates are working days, for one computation that walks many days: each year's
 * holidays are worked out once, and dropped with the computation.
 */
function workingDayTest(calendar: WorkingDayCalendar): (date: string) => boolean {
  const years = new Map<number, Map<string, Holiday>>();
  return (date) => {
    const dow = dayOfWeek(date);
    if (dow === 0 || dow === 6) return false;
    const year = Number(date.slice(0, 4));
    let holidays = years.get(year);
    if (holidays === undefined) {
      holidays = holidayMap(calendar, year);
      years.set(year, holidays);
    }
    return !holidays.has(date);
  };
}

/**
 * The holidays of a calendar in a year, sorted by date (including those on a weekend).
 *
 * @example
 * ```ts
 * holidaysInYear(NL_STATUTORY, 2025).find((h) => h.id === 'KINGS_DAY')?.date; // '2025-04-26'
 * ```
 *
 * @public
 */
export function holidaysInYear(calendar: WorkingDayCalendar, year: number): Holiday[] {
  return [...holidayMap(calendar, year).values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The holiday on a date, if any.
 *
 * @public
 */
export function holidayOn(calendar: WorkingDayCalendar, date: string): Holiday | undefined {
  return holidayMap(calendar, Number(date.slice(0, 4))).get(date);
}

/**
 * Whether a date is a working day: not a Saturday or Sunday and not a holiday of the calendar.
 *
 * @example
 * ```ts
 * isWorkingDay(NL_STATUTORY, '2026-04-03'); // false (Good Friday)
 * isWorkingDay(NL_COMMON_CAO, '2026-04-03'); // true
 * ```
 *
 * @public
 */
export function isWorkingDay(calendar: WorkingDayCalendar, date: string): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6 && holidayOn(calendar, date) === undefined;
}

/**
 * Working days from `fromDate` to `toDate`: the event day is day 0, each later working day up to
 * and including `toDate` adds one. Negative when `toDate` is before `fromDate`
 * (`workingDaysBetween(c, a, b) === -workingDaysBetween(c, b, a)`).
 *
 * @example
 * ```ts
 * workingDaysBetween(NL_COMMON_CAO, '2026-04-02', '2026-04-07'); // 2 (Fri 3rd, Tue 7th; Easter Monday skipped)
 * ```
 *
 * @public
 */
export function workingDaysBetween(calendar: WorkingDayCalendar, fromDate: string, toDate: string): number {
  if (toDate < fromDate) return -workingDaysBetween(calendar, toDate, fromDate);
  const isWorkday = workingDayTest(calendar);
  let count = 0;
  const last = toDayNumber(toDate);
  let d = fromDate;
  for (let n = toDayNumber(fromDate) + 1; n <= last; n++) {
    d = addDays(d, 1);
    if (isWorkday(d)) count++;
  }
  return count;
}

/**
 * The date `n` working days after `date` (before it when `n` is negative); `n = 0` returns `date`.
 * For `n ≥ 0`, `workingDaysBetween(c, date, addWorkingDays(c, date, n)) === n`.
 *
 * @example
 * ```ts
 * addWorkingDays(NL_STATUTORY, '2026-04-02', 1); // '2026-04-07' (Good Friday, weekend, Easter Monday skipped)
 * ```
 * @throws RangeError when `n` is not an integer.
 *
 * @public
 */
export function addWorkingDays(calendar: WorkingDayCalendar, date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError('n must be an integer');
  const step = n < 0 ? -1 : 1;
  const isWorkday = workingDayTest(calendar);
  let left = Math.abs(n);
  let d = date;
  while (left > 0) {
    d = addDays(d, step);
    if (isWorkday(d)) left--;
  }
  return d;
}

/**
 * The first working day after `date`.
 *
 * @public
 */
export function nextWorkingDay(calendar: WorkingDayCalendar, date: string): string {
  return addWorkingDays(calendar, date, 1);
}

const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

function dateTimeFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

// Made once: building a format costs tens of microseconds, and a format never changes.
const AMSTERDAM = /* @__PURE__ */ dateTimeFormat(DEFAULT_TIME_ZONE);

function parseDateTime(dateTime: string): number {
  const ms = DATE_TIME_RE.test(dateTime) ? Date.parse(dateTime) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError('expected an ISO date-time with offset, e.g. 2026-03-01T09:30:00+01:00');
  return ms;
}

/**
 * Local calendar date and hour of an ISO date-time with offset in a time zone (default
 * `Europe/Amsterdam`, DST included). Throws RangeError when the input is not a date-time with
 * an offset (`Z` or `±hh:mm`).
 *
 * @example
 * ```ts
 * toLocalDateTime('2026-03-01T23:30:00Z'); // { date: '2026-03-02', hour: 0, minute: 30 }
 * ```
 *
 * @public
 */
export function toLocalDateTime(dateTime: string, timeZone = DEFAULT_TIME_ZONE): { date: string; hour: number; minute: number } {
  const ms = parseDateTime(dateTime);
  const format = timeZone === DEFAULT_TIME_ZONE ? AMSTERDAM : dateTimeFormat(timeZone);
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute) };
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Whether the Europe/Amsterdam date of a moment lies after `date` (ISO): the same answer as
 * `toLocalDateTime(dateTime).date > date`, without formatting in the time zone for moments
 * that lie hours away from the end of that day (formatting costs microseconds). Throws
 * RangeError on a malformed date-time, as {@link toLocalDateTime} does.
 *
 * @internal
 */
export function isLocalDateAfter(dateTime: string, date: string): boolean {
  const ms = parseDateTime(dateTime);
  // Amsterdam has been between UTC and UTC+2 at every moment the time-zone database knows, so
  // `date` ends there within three hours of its end in UTC; only moments that close need the zone.
  const endUtc = Date.parse(`${date}T00:00:00Z`) + 24 * HOUR_MS;
  if (ms >= endUtc + 3 * HOUR_MS) return true;
  if (ms < endUtc - 3 * HOUR_MS) return false;
  return toLocalDateTime(dateTime).date > date;
}

/**
 * The Europe/Amsterdam date of a moment: `toLocalDateTime(dateTime).date`, formatting in the
 * time zone only for moments in the last two hours of a UTC day, the only ones whose local
 * date can differ from their UTC date (Amsterdam is between UTC and UTC+2, see above).
 * Throws RangeError on a malformed date-time.
 *
 * @internal
 */
export function amsterdamDate(dateTime: string): string {
  const ms = parseDateTime(dateTime);
  const day = Math.floor(ms / DAY_MS);
  if (ms - day * DAY_MS < 22 * HOUR_MS) return fromDayNumber(day);
  return toLocalDateTime(dateTime).date;
}

/**
 * The calendar date an event counts from: its Europe/Amsterdam date, or — when the calendar has
 * a `cutoffHour` and the event happened at or after it — the next working day.
 * Throws RangeError on a malformed date-time.
 *
 * @example
 * ```ts
 * toEventDate({ ...NL_COMMON_CAO, cutoffHour: 17 }, '2026-03-06T17:30:00+01:00'); // '2026-03-09' (Friday late → Monday)
 * ```
 *
 * @public
 */
export function toEventDate(calendar: WorkingDayCalendar, dateTime: string): string {
  const local = toLocalDateTime(dateTime);
  if (calendar.cutoffHour !== undefined && local.hour >= calendar.cutoffHour) return nextWorkingDay(calendar, local.date);
  return local.date;
}
