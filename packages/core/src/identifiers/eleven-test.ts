/**
 * The Dutch *11-proef* in the variant used for BSN and, by common practice, RSIN: weights
 * 9, 8, 7, 6, 5, 4, 3, 2 and −1 for the last digit; the sum must be divisible by 11.
 *
 * @remarks
 * Pure arithmetic on exactly 9 ASCII digits. `000000000` passes the arithmetic; rejecting it
 * is the job of the identifier that needs that (BSN). Passing proves the shape, never that
 * the number was issued.
 *
 * @example
 * ```ts
 * passesElevenTest('123456782'); // true  (sum 154 = 14 × 11)
 * passesElevenTest('123456789'); // false (sum 147, remainder 4)
 * ```
 *
 * @public
 */
export function passesElevenTest(value: string): boolean {
  if (typeof value !== 'string' || value.length !== 9) return false;
  for (let i = 0; i < 9; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return elevenTestSum(value) % 11 === 0;
}

/**
 * {@link passesElevenTest} of the first 9 characters of `value`, without slicing them off;
 * the caller has checked they are digits (a payroll tax number's shape). @internal
 */
export function leadingNineDigitsPassElevenTest(value: string): boolean {
  return elevenTestSum(value) % 11 === 0;
}

/** Weighted sum of the 11-proef (weights 9…2 and −1); `value` must be 9 digits. */
function elevenTestSum(value: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (value.charCodeAt(i) - 48) * (9 - i);
  return sum - (value.charCodeAt(8) - 48);
}
