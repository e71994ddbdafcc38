import type * as z from 'zod';
import { identifierString } from './identifier-string.js';

const SHAPE = /^\d{12}$/;

/**
 * zod schema of an establishment number (*vestigingsnummer*): exactly 12 digits (IDN-003).
 *
 * @remarks
 * A common spreadsheet error is an 8-digit KvK number in this column; it fails here.
 *
 * @example
 * ```ts
 * EstablishmentNumber.parse('000012345678'); // '000012345678'
 * EstablishmentNumber.safeParse('12345678').success; // false: that is a KvK number
 * ```
 *
 * @public
 */
export const EstablishmentNumber = identifierString(SHAPE, 'establishmentShape').meta({
  id: 'EstablishmentNumber',
  title: 'Vestigingsnummer',
  description: 'KVK establishment number (vestigingsnummer): exactly 12 digits, as a string.',
  examples: ['000012345678'],
});
/**
 * An establishment number: a 12-digit string.
 *
 * @public
 */
export type EstablishmentNumber = z.infer<typeof EstablishmentNumber>;

/**
 * Whether a value is an establishment number (agrees with {@link EstablishmentNumber}).
 *
 * @example
 * ```ts
 * isValidEstablishmentNumber('000012345678'); // true
 * ```
 *
 * @public
 */
export function isValidEstablishmentNumber(value: unknown): value is EstablishmentNumber {
  return typeof value === 'string' && SHAPE.test(value);
}
