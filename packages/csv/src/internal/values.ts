/**
 * Parsing of cell text the way Dutch spreadsheets write it. Every parser returns the value or
 * `undefined`; none of them throws, and none of them keeps the input in an error message (the
 * caller decides what to say, without the value, because a cell can hold a BSN).
 */

/**
 * Which character separates decimals in numbers without both separators.
 *
 * @public
 */
export type DecimalSeparator = ',' | '.';

const NUMBER_SHAPE = /^[+-]?(?:\d+|\d{1,3}(?:[.,' ]\d{3})+)?(?:[.,]\d+)?$/;

/**
 * Parses a number written with a decimal comma and optional thousands dots (`1.234,5`), or
 * with a decimal dot when that is unambiguous (`24.5`). A sign, surrounding spaces, a euro
 * sign and non-breaking spaces are allowed.
 *
 * @remarks
 * `1.234` is one thousand two hundred and thirty-four in a Dutch sheet (decimal `,`), but
 * 1.234 when the sheet uses a decimal dot; `24.5` has no thousands group and is always 24.5.
 *
 * @public
 */
export function parseDutchNumber(text: string, decimal: DecimalSeparator = ','): number | undefined {
  let s = text;
  if (s.length === 0) return undefined;
  // Fast path: plain digits (most cells).
  if (/^-?\d{1,15}$/.test(s)) return Number(s);
  if (/^-?\d{1,4}[.,]\d{1,2}$/.test(s)) {
    // Short decimals (`24,5`, `14.71`): the common cell, decided without the general path.
    if (s.includes(decimal) || decimal === ',') return Number(s.replace(',', '.'));
  }
  s = s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  s = s.replace(/^(?:€|eur)\s*/i, '').replace(/\s*(?:€|eur)$/i, '');
  if (s.startsWith('(') && s.endsWith(')')) s = `-${s.slice(1, -1)}`;
  s = s.replace(/^([+-])\s+/, '$1');
  if (!NUMBER_SHAPE.test(s) || s === '' || s === '+' || s === '-') return undefined;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let decimalChar: string | undefined;
  if (lastComma >= 0 && lastDot >= 0) decimalChar = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0 || lastDot >= 0) {
    const ch = lastComma >= 0 ? ',' : '.';
    const count = s.split(ch).length - 1;
    const after = s.length - s.lastIndexOf(ch) - 1;
    if (count > 1)
      decimalChar = undefined; // only thousands groups
    else if (ch === decimal) decimalChar = ch;
    else decimalChar = after === 3 ? undefined : ch; // `1.234` in a decimal-comma sheet is 1234
  }
  let normalized = '';
  for (const c of s) {
    if (c >= '0' && c <= '9') normalized += c;
    else if (c === '-' || c === '+') normalized += c;
    else if (c === decimalChar) normalized += '.';
    else if (c === '.' || c === ',' || c === "'" || c === ' ') {
      // thousands separator
    } else return undefined;
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Parses a percentage with or without `%` (`60`, `60%`, `60,5 %`). A fraction from a
 * spreadsheet cell formatted as percentage arrives as `60%` already.
 *
 * @public
 */
export function parsePercentage(text: string, decimal: DecimalSeparator = ','): number | undefined {
  const s = text.trim();
  const withoutSign = s.endsWith('%') ? s.slice(0, -1) : s;
  return parseDutchNumber(withoutSign.trim(), decimal);
}

/**
 * Parses an amount in euros into whole cents (`14,71` → 1471, `€ 1.234,50` → 123450).
 * Returns `undefined` for more than two decimals.
 *
 * @public
 */
export function parseEuroCents(text: string, decimal: DecimalSeparator = ','): number | undefined {
  const n = parseDutchNumber(text, decimal);
  if (n === undefined) return undefined;
  const cents = Math.round(n * 100);
  if (Math.abs(cents - n * 100) > 1e-6 * Math.max(1, Math.abs(n * 100))) return undefined;
  return cents;
}

const TRUE_WORDS = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', 'x', '1', 'wel', 'ok']);
const FALSE_WORDS = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', 'leeg', 'niet', '-']);

/**
 * Parses `ja/nee/j/n/x/leeg`, `yes/no`, `true/false`, `waar/onwaar`, `1/0`.
 *
 * @public
 */
export function parseDutchBoolean(text: string): boolean | undefined {
  const s = text.trim().toLowerCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return undefined;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return undefined;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (DAYS_IN_MONTH[m - 1] ?? 0) + (leap ? 1 : 0)) return undefined;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Two ASCII digits at `i` as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
export function expandTwoDigitYear(yy: number): number {
  return yy < 30 ? 2000 + yy : 1900 + yy;
}

/** Days between 1899-12-30 and 1970-01-01: Excel's serial day 25569 is the Unix epoch. */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * Serial day numbers read as dates: 1950-01-01 up to 2100-12-31. Outside that range a number
 * in a date column is a mistake (`2025` is a year, `13` a day), not 1905 or 1900.
 */
export const EXCEL_SERIAL_RANGE = { min: 18264, max: 73415 } as const;

/**
 * Converts an Excel serial day number (1900 date system) to an ISO date, within
 * {@link EXCEL_SERIAL_RANGE}.
 */
export function excelSerialToIsoDate(serial: number): string | undefined {
  if (!(serial >= EXCEL_SERIAL_RANGE.min && serial < EXCEL_SERIAL_RANGE.max + 1)) return undefined;
  // Within the range Excel's fictitious 1900-02-29 lies behind us: plain day arithmetic.
  const d = new Date((Math.floor(serial) - EXCEL_EPOCH_OFFSET) * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const COMPACT_YMD = /^(\d{4})(\d{2})(\d{2})$/;
const TRAILING_TIME = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;

/**
 * Parses a date as Dutch sheets write it: `dd-mm-jjjj`, `d-m-jj`, `jjjj-mm-dd` (also with
 * `/` or `.`), `jjjjmmdd`, or an Excel serial day number (`46082`). A trailing midnight time
 * that Excel adds on export (`01-03-2026 00:00`) is ignored.
 *
 * @public
 */
export function parseDutchDate(text: string): string | undefined {
  // Fast path for the common cell, `dd-mm-jjjj`; anything else takes the general path.
  if (text.length === 10 && text.charCodeAt(2) === 45 && text.charCodeAt(5) === 45) {
    const d = twoDigits(text, 0);
    const m = twoDigits(text, 3);
    const hi = twoDigits(text, 6);
    const lo = twoDigits(text, 8);
    if (d >= 0 && m >= 0 && hi >= 0 && lo >= 0) return isoDate(hi * 100 + lo, m, d);
  }
  let s = text.trim();
  if (s.length === 0) return undefined;
  const time = TRAILING_TIME.exec(s);
  if (time && time.index > 0) s = s.slice(0, time.index).trim();
  let m = DMY.exec(s);
  if (m) {
    const year = m[3] ?? '';
    const y = year.length === 2 ? expandTwoDigitYear(Number(year)) : Number(year);
    return isoDate(y, Number(m[2]), Number(m[1]));
  }
  m = YMD.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT_YMD.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{1,7}(?:[.,]\d+)?$/.test(s)) return excelSerialToIsoDate(Number(s.replace(',', '.')));
  return undefined;
}

/** UTC offset of Europe/Amsterdam on a date and local time, as `+01:00` or `+02:00`. */
function amsterdamOffset(y: number, mo: number, d: number, h: number): string {
  // Summer time runs from the last Sunday of March 02:00 to the last Sunday of October 03:00.
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(y, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const afterStart = mo > 3 || (mo === 3 && (d > lastSunday(3) || (d === lastSunday(3) && h >= 2)));
  const beforeEnd = mo < 10 || (mo === 10 && (d < lastSunday(10) || (d === lastSunday(10) && h < 3)));
  return afterStart && beforeEnd ? '+02:00' : '+01:00';
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const LOCAL_DATETIME = /^(.+?)[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Parses a date-time. An ISO date-time with offset is kept; a Dutch local date and time
 * (`02-02-2026 09:15`) or a date alone gets the Europe/Amsterdam offset of that moment.
 *
 * @public
 */
export function parseDutchDateTime(text: string): string | undefined {
  const s = text.trim();
  if (ISO_DATETIME.test(s)) return s;
  let datePart = s;
  let h = 0;
  let mi = 0;
  let sec = 0;
  const m = LOCAL_DATETIME.exec(s);
  if (m) {
    datePart = m[1] ?? '';
    h = Number(m[2]);
    mi = Number(m[3]);
    sec = m[4] === undefined ? 0 : Number(m[4]);
    if (h > 23 || mi > 59 || sec > 59) return undefined;
  }
  const date = parseDutchDate(datePart);
  if (date === undefined) return undefined;
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return `${date}T${pad2(h)}:${pad2(mi)}:${pad2(sec)}${amsterdamOffset(y, mo, d, h)}`;
}

/** Key for comparing labels and headers: no case, diacritics, punctuation or spaces. */
export function foldKey(text: string): string {
  let simple = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      simple = false;
      break;
    }
  }
  if (simple) return text;
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
