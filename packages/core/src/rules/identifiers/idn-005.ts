import { leadingNineDigitsPassElevenTest } from '../../identifiers/eleven-test.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { ALL_DOCUMENT_TYPES, documentIndex } from './internal.js';

/** `isValidPayrollTaxNumber` for a string (`/^\d{9}L\d{2}$/`) without a regex: 9 digits, `L`, 2 digits. */
function hasPayrollTaxNumberShape(s: string): boolean {
  if (s.length !== 12 || s.charCodeAt(9) !== 76) return false;
  for (let i = 0; i < 12; i++) {
    if (i === 9) continue;
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * IDN-005: a payroll tax number (*loonheffingennummer*) looks like `123456782L01` (error); its
 * first 9 digits failing the 11-proef is a warning.
 *
 * @remarks
 * The shape of typed `payrollTaxNumber` fields is checked by the schema; this rule adds the
 * 11-proef warning, and the shape for untyped fields of that name.
 */
export const IDN_005 = defineRule<unknown>({
  id: 'IDN-005',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  titleNl: 'Loonheffingennummer: vorm 123456789L01 (fout); elfproef op de eerste 9 cijfers (waarschuwing)',
  titleEn: 'Payroll tax number: pattern 123456789L01 (error); 11-proef on the first 9 digits (warning)',
  source: 'Secondary (payroll practice)',
  check(doc, ctx) {
    const numbers = documentIndex(doc, ctx).payrollTaxNumber;
    let out: RuleFinding[] | undefined;
    for (let i = 0; i < numbers.length; i++) {
      const { path, value } = numbers[i]!;
      if (!hasPayrollTaxNumberShape(value))
        (out ??= []).push(finding(path, 'Loonheffingennummer moet de vorm 123456789L01 hebben.', 'A payroll tax number looks like 123456789L01.'));
      else if (!leadingNineDigitsPassElevenTest(value)) // the shape holds: what payrollTaxNumberPassesElevenTest checks next
        (out ??= []).push(
          finding(
            path,
            'De eerste 9 cijfers van het loonheffingennummer voldoen niet aan de elfproef; controleer het nummer.',
            'The first 9 digits of the payroll tax number do not pass the 11-proef; check the number.',
            { severity: 'warning', code: 'IDN-005.eleven-test' },
          ),
        );
    }
    return out ?? NO_FINDINGS;
  },
});
