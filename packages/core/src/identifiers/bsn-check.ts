// The BSN checks without zod: an application that only calls isValidBsn bundles a few hundred
// bytes, not the schema library (the Bsn schema in bsn.ts builds on them).
import type { Bsn } from './bsn.js';
import { passesElevenTest } from './eleven-test.js';

/** Nine digits, the shape of a BSN. */
export const BSN_SHAPE = /^\d{9}$/;

function passesBsnCheck(value: string): boolean {
  // 000000000 passes the arithmetic but is never issued.
  return value !== '000000000' && passesElevenTest(value);
}

/**
 * Whether a value is a valid BSN (agrees with {@link Bsn}).
 *
 * @example
 * ```ts
 * isValidBsn('111222333'); // true
 * isValidBsn('000000000'); // false
 * ```
 *
 * @public
 */
export function isValidBsn(value: unknown): value is Bsn {
  return typeof value === 'string' && BSN_SHAPE.test(value) && passesBsnCheck(value);
}

/**
 * Pads an 8-digit legacy BSN with a leading `0`; returns any other input unchanged.
 *
 * @remarks
 * For the CSV adapter, which reports the padding as warning IDN-002: spreadsheets store a
 * BSN as a number and drop the leading zero. It only trims; it does not remove inner spaces
 * (the adapter does that, with its own warning). It does not validate: run
 * {@link isValidBsn} on the result.
 *
 * @example
 * ```ts
 * normalizeBsn('12345672'); // '012345672'
 * normalizeBsn(' 123456782 '); // '123456782'
 * ```
 *
 * @public
 */
export function normalizeBsn(value: string): string {
  const trimmed = value.trim();
  return /^\d{8}$/.test(trimmed) ? `0${trimmed}` : trimmed;
}
