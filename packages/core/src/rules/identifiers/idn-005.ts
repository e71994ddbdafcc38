import { leadingNineDigitsPassElevenTest } from '../../identifiers/eleven-test.js';
import { ALL_DOCUMENT_TYPES } from '../document-types.js';
import { defineRule } from '../rule.js';

const PAYROLL_TAX_NUMBER_SHAPE = /^\d{9}L\d{2}$/;

/**
 * IDN-005: a payroll tax number (*loonheffingennummer*) looks like `123456782L01` (error); its
 * first 9 digits failing the 11-proef is a warning.
 *
 * @remarks
 * The shape of typed `payrollTaxNumber` fields is checked by the schema; this rule adds the
 * 11-proef warning, and the shape for untyped fields of that name.
 */
export const IDN_005 = defineRule({
  id: 'IDN-005',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  otherSeverities: ['warning'],
  titleNl: 'Loonheffingennummer: vorm 123456789L01 (fout); elfproef op de eerste 9 cijfers (waarschuwing)',
  titleEn: 'Payroll tax number: pattern 123456789L01 (error); 11-proef on the first 9 digits (warning)',
  source: 'Secondary (payroll practice)',
  messages: {
    shape: { nl: 'Loonheffingennummer moet de vorm 123456789L01 hebben.', en: 'A payroll tax number looks like 123456789L01.' },
    elevenTest: {
      nl: 'De eerste 9 cijfers van het loonheffingennummer voldoen niet aan de elfproef; controleer het nummer.',
      en: 'The first 9 digits of the payroll tax number do not pass the 11-proef; check the number.',
    },
  },
  check(_doc, ctx) {
    for (const { path, value } of ctx.facts.identifiers.payrollTaxNumber) {
      if (!PAYROLL_TAX_NUMBER_SHAPE.test(value)) ctx.report(path, 'shape');
      else if (!leadingNineDigitsPassElevenTest(value))
        ctx.report(path, 'elevenTest', undefined, { severity: 'warning', code: 'IDN-005.eleven-test' });
    }
  },
});
