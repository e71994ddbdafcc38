import type { RoundingMode } from './common.js';
import { add, div, fromNumber, parseDecimal, type Rational, toExactString, toFixedString, toNumber, ZERO } from './internal/decimal.js';

/**
 * Hours per week of one job (*baan*) in the banenafspraak: 25.5 (brief §10.2, [R26]; table `HOURS_PER_JOB`).
 *
 * @public
 */
export const HOURS_PER_JOB = '25.5';

function exactJobEquivalent(hoursPerWeek: number | string, hoursPerJob: string): Rational {
  const h = typeof hoursPerWeek === 'string' ? parseDecimal(hoursPerWeek) : fromNumber(hoursPerWeek);
  return div(h, parseDecimal(hoursPerJob));
}

/**
 * Job equivalent (*baanequivalent*) = hours per week / 25.5, at full precision (PLC-002).
 * Store hours, derive this; round only for display with {@link formatJobEquivalent}.
 *
 * @param hoursPerWeek - hours per week (number or decimal string)
 * @param hoursPerJob - hours of one job; defaults to 25.5 (take it from the `HOURS_PER_JOB` table when it may change)
 * @example
 * ```ts
 * computeJobEquivalent(12.75); // 0.5
 * computeJobEquivalent(32);    // 1.2549019607843137
 * ```
 *
 * @public
 */
export function computeJobEquivalent(hoursPerWeek: number | string, hoursPerJob: string = HOURS_PER_JOB): number {
  return toNumber(exactJobEquivalent(hoursPerWeek, hoursPerJob));
}

/**
 * Exact job equivalent as text: a decimal when it terminates (`'0.5'`), else the reduced
 * fraction (`'64/51'` for 32 h). Use it to store or compare without floating-point loss.
 *
 * @public
 */
export function computeJobEquivalentExact(hoursPerWeek: number | string, hoursPerJob: string = HOURS_PER_JOB): string {
  return toExactString(exactJobEquivalent(hoursPerWeek, hoursPerJob));
}

/**
 * Sum of job equivalents of several placements, summing hours exactly before dividing, so
 * totals do not drift with many small jobs.
 *
 * @example
 * ```ts
 * sumJobEquivalents([12.75, 12.75]); // 1
 * ```
 *
 * @public
 */
export function sumJobEquivalents(hoursPerWeek: readonly (number | string)[], hoursPerJob: string = HOURS_PER_JOB): number {
  const total = hoursPerWeek.reduce<Rational>((acc, h) => add(acc, typeof h === 'string' ? parseDecimal(h) : fromNumber(h)), ZERO);
  return toNumber(div(total, parseDecimal(hoursPerJob)));
}

/**
 * Formats a job equivalent for display with a fixed number of decimals (default 2, `HALF_UP`).
 *
 * @example
 * ```ts
 * formatJobEquivalent(computeJobEquivalent(32));    // '1.25'
 * formatJobEquivalent(computeJobEquivalent(32), 4); // '1.2549'
 * ```
 *
 * @public
 */
export function formatJobEquivalent(jobEquivalent: number, decimals = 2, mode: RoundingMode = 'HALF_UP'): string {
  return toFixedString(fromNumber(jobEquivalent), decimals, mode);
}
