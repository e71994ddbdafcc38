import type { ParameterUsed, ReferenceDataError } from '../reference-data/parameter-table.js';
import { defaultReferenceData, type ReferenceData, selectParameter } from '../reference-data/reference-data.js';
import { fromBigInt, mul, parseDecimal, type Rational, roundToInteger, toExactString } from './internal/decimal.js';

/**
 * How a final amount is rounded to whole cents. Intermediate results are always exact;
 * rounding happens once, at the end (brief §4.0, §11.12: the official rounding is UNCERTAIN).
 *
 * - `HALF_UP` (default): halves away from zero — €0.005 → €0.01. Matches the brief's youth-wage check values.
 * - `HALF_EVEN`: halves to the even cent (banker's rounding) — €0.005 → €0.00, €0.015 → €0.02.
 * - `DOWN`: truncates toward zero — never pays out more than the exact amount.
 *
 * @public
 */
export type RoundingMode = 'HALF_UP' | 'HALF_EVEN' | 'DOWN';

/**
 * All rounding modes, default first.
 *
 * @public
 */
export const ROUNDING_MODES: readonly RoundingMode[] = ['HALF_UP', 'HALF_EVEN', 'DOWN'];

/**
 * The default rounding mode: `HALF_UP`.
 *
 * @public
 */
export const DEFAULT_ROUNDING_MODE: RoundingMode = 'HALF_UP';

/**
 * An amount in euros: exact value plus the value rounded once to whole cents.
 *
 * @public
 */
export interface MoneyAmount {
  /** Exact amount in euros as a decimal string (`'7.26674'`), or a reduced fraction (`'1234/27'`) when the decimal expansion does not terminate. */
  readonly exactEuro: string;
  /** Amount rounded to whole euro cents with `roundingMode`. */
  readonly cents: number;
  readonly roundingMode: RoundingMode;
}

/**
 * Error result for input a calculator cannot compute with (never thrown).
 *
 * @public
 */
export interface CalculatorInputError {
  readonly ok: false;
  readonly code: 'INVALID_INPUT';
  /** Which input field is wrong. */
  readonly path: readonly (string | number)[];
  /** Dutch message. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
}

/**
 * One finding of a calculator check, in the project's issue shape (Dutch `message`, English `messageEn`).
 *
 * @public
 */
export interface CalculatorIssue {
  readonly severity: 'error' | 'warning' | 'information';
  /** Stable machine-readable code, e.g. `TRIAL_TOO_LONG`. */
  readonly code: string;
  /** Business rule id, e.g. `PLC-004`. */
  readonly ruleId: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly messageEn: string;
}

/** @internal */
export function invalidInput(path: (string | number)[], message: string, messageEn: string): CalculatorInputError {
  return { ok: false, code: 'INVALID_INPUT', path, message, messageEn };
}

/** @internal Euro rational → {@link MoneyAmount}. */
export function toMoney(euro: Rational, mode: RoundingMode): MoneyAmount {
  return { exactEuro: toExactString(euro), cents: toCents(euro, mode), roundingMode: mode };
}

/** @internal Euro rational → whole cents, rounded once with `mode`. */
export function toCents(euro: Rational, mode: RoundingMode): number {
  return Number(roundToInteger(mul(euro, fromBigInt(100n)), mode));
}

/** @internal Reads several parameters valid on one date; first REF-002 error wins. */
export function readParameters<const K extends string>(
  referenceData: ReferenceData | undefined,
  date: string,
  ids: readonly K[],
): { ok: true; values: Record<K, Rational>; used: ParameterUsed[] } | ReferenceDataError {
  const rd = referenceData ?? defaultReferenceData;
  const values = {} as Record<K, Rational>;
  const used: ParameterUsed[] = [];
  for (const id of ids) {
    const sel = selectParameter(rd, id, date);
    if (!sel.ok) return sel;
    values[id] = parseDecimal(sel.value);
    used.push(sel.used);
  }
  return { ok: true, values, used };
}

/** @internal Removes duplicate audit records. */
export function dedupeUsed(used: readonly ParameterUsed[]): ParameterUsed[] {
  const seen = new Set<string>();
  return used.filter((u) => {
    const k = `${u.tableId}|${u.validFrom}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** @internal Whether a number is finite and ≥ 0. */
export function isNonNegative(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}
