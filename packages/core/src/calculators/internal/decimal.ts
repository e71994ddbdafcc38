/**
 * Exact rational arithmetic on BigInt, used for every money and percentage computation.
 *
 * Why rationals and not a decimal library: core depends on zod alone (ADR 0011), and
 * rationals keep divisions (hours / 25.5, wage / 1.08) exact too. Values are always kept
 * reduced with a positive denominator, so structural equality is numeric equality.
 *
 * @internal Not exported from the package.
 */

/** An exact rational number `n / d`, reduced, `d > 0`. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

/** How a value is rounded to a whole number of units (e.g. cents). */
export type RoundingMode = 'HALF_UP' | 'HALF_EVEN' | 'DOWN';

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Builds a reduced rational; throws RangeError on a zero denominator (a programming error). */
export function rat(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('denominator is zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

/** 0 */
export const ZERO: Rational = { n: 0n, d: 1n };
/** 1 */
export const ONE: Rational = { n: 1n, d: 1n };
/** 100 */
export const HUNDRED: Rational = { n: 100n, d: 1n };

const DECIMAL_RE = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Whether `s` is a plain decimal string such as `'14.71'`, `'-3'`, `'23.5'`. */
export function isDecimalString(s: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(s);
}

/**
 * Parses a decimal string (`'14.71'`, `'-0.5'`, `'1e-7'`) exactly.
 * Throws RangeError when the string is not a decimal number.
 */
export function parseDecimal(s: string): Rational {
  const m = DECIMAL_RE.exec(s.trim());
  if (!m) throw new RangeError(`not a decimal number: ${JSON.stringify(s)}`);
  const sign = m[1] === '-' ? -1n : 1n;
  const intPart = m[2] ?? '0';
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0') - frac.length;
  const digits = BigInt(intPart + frac) * sign;
  return exp >= 0 ? rat(digits * 10n ** BigInt(exp)) : rat(digits, 10n ** BigInt(-exp));
}

/**
 * Converts a finite JS number to the rational of its shortest decimal representation
 * (so `0.1` becomes exactly 1/10, which is what a user typing 0.1 meant).
 */
export function fromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  return parseDecimal(String(x));
}

/** Integer to rational. */
export function fromBigInt(x: bigint): Rational {
  return { n: x, d: 1n };
}

/** a + b, exact. */
export function add(a: Rational, b: Rational): Rational {
  return rat(a.n * b.d + b.n * a.d, a.d * b.d);
}
/** a − b, exact. */
export function sub(a: Rational, b: Rational): Rational {
  return rat(a.n * b.d - b.n * a.d, a.d * b.d);
}
/** a × b, exact. */
export function mul(a: Rational, b: Rational): Rational {
  return rat(a.n * b.n, a.d * b.d);
}
/** Division; throws RangeError on division by zero. */
export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('division by zero');
  return rat(a.n * b.d, a.d * b.n);
}
/** −a. */
export function neg(a: Rational): Rational {
  return { n: -a.n, d: a.d };
}
/** -1, 0 or 1 as a compares below, equal to or above b. */
export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}
/** The smaller of a and b. */
export function min(a: Rational, b: Rational): Rational {
  return cmp(a, b) <= 0 ? a : b;
}
/** The larger of a and b. */
export function max(a: Rational, b: Rational): Rational {
  return cmp(a, b) >= 0 ? a : b;
}
/** `pct / 100` as a rational. */
export function percent(pct: Rational): Rational {
  return div(pct, HUNDRED);
}

/**
 * Rounds to a whole number with the given mode.
 * `HALF_UP` rounds halves away from zero (as in Java's BigDecimal and Dutch payroll
 * practice), `HALF_EVEN` rounds halves to the even neighbour (banker's rounding),
 * `DOWN` truncates toward zero.
 */
export function roundToInteger(a: Rational, mode: RoundingMode): bigint {
  const sign = a.n < 0n ? -1n : 1n;
  const n = abs(a.n);
  const q = n / a.d;
  const r = n % a.d;
  let result = q;
  if (mode !== 'DOWN' && r !== 0n) {
    const twice = 2n * r;
    if (twice > a.d) result = q + 1n;
    else if (twice === a.d) result = mode === 'HALF_UP' || q % 2n === 1n ? q + 1n : q;
  }
  return sign * result;
}

/** Rounds to `scale` decimals, returning the rounded value as a rational. */
export function roundToScale(a: Rational, scale: number, mode: RoundingMode): Rational {
  const f = 10n ** BigInt(scale);
  return rat(roundToInteger(mul(a, fromBigInt(f)), mode), f);
}

/** Formats with exactly `scale` decimals after rounding with `mode`. */
export function toFixedString(a: Rational, scale: number, mode: RoundingMode = 'HALF_UP'): string {
  const f = 10n ** BigInt(scale);
  const units = roundToInteger(mul(a, fromBigInt(f)), mode);
  const sign = units < 0n ? '-' : '';
  const digits = abs(units)
    .toString()
    .padStart(scale + 1, '0');
  if (scale === 0) return sign + digits;
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** Number of decimals needed to write `a` exactly, or undefined when its expansion does not terminate. */
export function terminatingScale(a: Rational): number | undefined {
  let d = a.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  return d === 1n ? Math.max(twos, fives) : undefined;
}

/**
 * Exact textual form: a plain decimal (`'7.26674'`) when the expansion terminates,
 * otherwise the reduced fraction (`'64/51'`).
 */
export function toExactString(a: Rational): string {
  const scale = terminatingScale(a);
  if (scale === undefined) return `${a.n}/${a.d}`;
  return toFixedString(a, scale, 'DOWN');
}

/** Closest JS number (for display and non-monetary ratios only). */
export function toNumber(a: Rational): number {
  const scale = terminatingScale(a);
  return Number(toFixedString(a, scale !== undefined && scale <= 30 ? scale : 30, 'HALF_EVEN'));
}
