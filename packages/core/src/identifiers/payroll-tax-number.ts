import type * as z from 'zod';
import { passesElevenTest } from './eleven-test.js';
import { identifierString } from './identifier-string.js';

const SHAPE = /^\d{9}L\d{2}$/;

/**
 * zod schema of a payroll tax number (*loonheffingennummer*): `^\d{9}L\d{2}$` (IDN-005, error).
 *
 * @remarks
 * The fiscal number (RSIN/BSN) + `L` + a 2-digit sequence. The 11-proef on the first 9
 * digits is a warning, so it is a separate predicate:
 * {@link payrollTaxNumberPassesElevenTest}.
 *
 * @example
 * ```ts
 * PayrollTaxNumber.parse('123456782L01'); // '123456782L01'
 * PayrollTaxNumber.safeParse('123456782B01').success; // false
 * ```
 *
 * @public
 */
export const PayrollTaxNumber = identifierString(SHAPE, 'payrollTaxNumberShape').meta({
  id: 'PayrollTaxNumber',
  title: 'Loonheffingennummer',
  description:
    'Payroll tax number: 9-digit fiscal number, the letter L and a 2-digit sequence number. The 11-proef on the first 9 digits is checked as a warning only.',
  examples: ['123456782L01'],
});
/**
 * A payroll tax number such as `123456782L01`.
 *
 * @public
 */
export type PayrollTaxNumber = z.infer<typeof PayrollTaxNumber>;

/**
 * Whether a value has the shape of a payroll tax number (agrees with {@link PayrollTaxNumber}).
 *
 * @example
 * ```ts
 * isValidPayrollTaxNumber('123456789L01'); // true (shape; see payrollTaxNumberPassesElevenTest)
 * ```
 *
 * @public
 */
export function isValidPayrollTaxNumber(value: unknown): value is PayrollTaxNumber {
  return typeof value === 'string' && SHAPE.test(value);
}

/**
 * Whether the fiscal-number part (first 9 digits) of a well-formed payroll tax number
 * passes the 11-proef (IDN-005, warning). `false` for a malformed number.
 *
 * @example
 * ```ts
 * payrollTaxNumberPassesElevenTest('123456782L01'); // true
 * payrollTaxNumberPassesElevenTest('123456789L01'); // false: warn, do not reject
 * ```
 *
 * @public
 */
export function payrollTaxNumberPassesElevenTest(value: string): boolean {
  return isValidPayrollTaxNumber(value) && passesElevenTest(value.slice(0, 9));
}
