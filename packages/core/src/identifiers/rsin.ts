import type * as z from 'zod';
import { identifierString } from './identifier-string.js';

const SHAPE = /^\d{9}$/;

/**
 * zod schema of an RSIN (*Rechtspersonen en Samenwerkingsverbanden Informatienummer*):
 * exactly 9 digits (IDN-004, error).
 *
 * @remarks
 * The schema checks the shape only. The 11-proef is applied to RSINs by common practice but
 * that is not confirmed, so it is a warning, not a parse failure: check it separately with
 * `passesElevenTest`.
 *
 * @example
 * ```ts
 * Rsin.parse('200000007'); // '200000007'
 * Rsin.safeParse('20000000').success; // false
 * ```
 *
 * @public
 */
export const Rsin = identifierString(SHAPE, 'rsinShape').meta({
  id: 'Rsin',
  title: 'RSIN',
  description:
    'Fiscal/registration number of a legal entity or partnership: exactly 9 digits, as a string. The 11-proef is checked as a warning only.',
  examples: ['200000007'],
});
/**
 * An RSIN: a 9-digit string.
 *
 * @public
 */
export type Rsin = z.infer<typeof Rsin>;

/**
 * Whether a value has the shape of an RSIN (agrees with {@link Rsin}); see
 * `passesElevenTest` for the warning-level check digit test.
 *
 * @example
 * ```ts
 * isValidRsinShape('200000007'); // true
 * ```
 *
 * @public
 */
export function isValidRsinShape(value: unknown): value is Rsin {
  return typeof value === 'string' && SHAPE.test(value);
}
