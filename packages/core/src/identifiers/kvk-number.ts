import type * as z from 'zod';
import { identifierString } from './identifier-string.js';

const KVK_SHAPE = /^\d{8}$/;

/**
 * zod schema of a KvK number (*KvK-nummer*): exactly 8 digits (IDN-003).
 *
 * @remarks
 * A sequence number without check digit, so only the shape can be checked. Always a string:
 * a numeric spreadsheet cell loses the leading zero. A company gets a new number on takeover
 * or change of legal form.
 *
 * @example
 * ```ts
 * KvkNumber.parse('12345678'); // '12345678'
 * KvkNumber.safeParse('1234567').success; // false
 * ```
 *
 * @public
 */
export const KvkNumber = identifierString(KVK_SHAPE, 'kvkShape').meta({
  id: 'KvkNumber',
  title: 'KvK-nummer',
  description: 'Chamber of Commerce (KVK) registration number: exactly 8 digits, as a string.',
  examples: ['12345678'],
});
/**
 * A KvK number: an 8-digit string.
 *
 * @public
 */
export type KvkNumber = z.infer<typeof KvkNumber>;

/**
 * Whether a value is a KvK number (agrees with {@link KvkNumber}).
 *
 * @example
 * ```ts
 * isValidKvkNumber('12345678'); // true
 * ```
 *
 * @public
 */
export function isValidKvkNumber(value: unknown): value is KvkNumber {
  return typeof value === 'string' && KVK_SHAPE.test(value);
}
