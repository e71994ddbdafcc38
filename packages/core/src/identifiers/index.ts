/**
 * Identifier schemas and checks (brief §6, rules IDN-001 … IDN-008). Every identifier is a
 * string; passing a check proves the shape, never that the number was issued.
 */
export { AmCode, isValidAmCode } from '../codelists/labour-market-region.js';
export { Bsn } from './bsn.js';
export { isValidBsn, normalizeBsn } from './bsn-check.js';
export { passesElevenTest } from './eleven-test.js';
export { EstablishmentNumber, isValidEstablishmentNumber } from './establishment-number.js';
export { GmCode, isValidGmCode } from './gm-code.js';
export { isValidKvkNumber, KvkNumber } from './kvk-number.js';
export { isTestOin, isValidOin, OIN_PREFIXES, Oin, type OinPrefix, TEST_OIN_PREFIX } from './oin.js';
export { isValidPayrollTaxNumber, PayrollTaxNumber, payrollTaxNumberPassesElevenTest } from './payroll-tax-number.js';
export { isValidRsinShape, Rsin } from './rsin.js';
export { isValidSbiCode, SBI_2025_RECODING_DATE, SbiCode } from './sbi-code.js';
