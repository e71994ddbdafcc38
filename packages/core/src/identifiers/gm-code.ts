import type * as z from 'zod';
import { identifierString } from './identifier-string.js';

const GM_SHAPE = /^GM\d{4}$/;

/**
 * zod schema of a CBS municipality code (*gemeentecode*): `GM` + 4 digits.
 *
 * @remarks
 * The schema checks the shape only. Whether the municipality exists on the record's
 * reference date (IDN-007) depends on the date and on the municipality table a vendor uses
 * (a later merger is a data change), so that is `isMunicipalityValidOn` /
 * `createMunicipalityTable(...).isMunicipalityValidOn`, not a schema check. Lower case
 * `gm0363` is rejected: the CSV adapter upper-cases it with a warning before parsing.
 *
 * @example
 * ```ts
 * GmCode.parse('GM0363'); // 'GM0363'
 * GmCode.safeParse('GM363').success; // false
 * ```
 *
 * @public
 */
export const GmCode = identifierString(GM_SHAPE, 'gmShape').meta({
  id: 'GmCode',
  title: 'Gemeentecode',
  description:
    'CBS municipality code (gemeentecode): GM followed by 4 digits. Must exist in the municipality table on the reference date of the record (rule IDN-007).',
  examples: ['GM0363', 'GM0599', 'GM1948'],
});
/**
 * A CBS municipality code `GMnnnn`.
 *
 * @public
 */
export type GmCode = z.infer<typeof GmCode>;

/**
 * Whether a value has the shape of a GM code (agrees with {@link GmCode}).
 *
 * @example
 * ```ts
 * isValidGmCode('GM0363'); // true
 * isValidGmCode('gm0363'); // false
 * ```
 *
 * @public
 */
export function isValidGmCode(value: unknown): value is GmCode {
  return typeof value === 'string' && GM_SHAPE.test(value);
}
