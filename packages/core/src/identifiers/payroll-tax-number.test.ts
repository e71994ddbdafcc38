import { describe, expect, it } from 'vitest';
import { isValidPayrollTaxNumber, PayrollTaxNumber, payrollTaxNumberPassesElevenTest } from './payroll-tax-number.js';

describe('PayrollTaxNumber (IDN-005)', () => {
  it('accepts 123456782L01', () => {
    expect(isValidPayrollTaxNumber('123456782L01')).toBe(true);
    expect(PayrollTaxNumber.parse('123456782L01')).toBe('123456782L01');
    expect(payrollTaxNumberPassesElevenTest('123456782L01')).toBe(true);
  });
  it.each(['123456782L1', '123456782B01', '123456782l01', '12345678L01'])('rejects %s', (v) => {
    expect(isValidPayrollTaxNumber(v)).toBe(false);
    expect(PayrollTaxNumber.safeParse(v).success).toBe(false);
  });
  it('accepts 123456789L01 (shape ok) but its fiscal part fails the 11-proef (warning)', () => {
    expect(PayrollTaxNumber.safeParse('123456789L01').success).toBe(true);
    expect(payrollTaxNumberPassesElevenTest('123456789L01')).toBe(false);
  });
  it('does not claim the 11-proef passes for a malformed number', () => {
    expect(payrollTaxNumberPassesElevenTest('123456782')).toBe(false);
  });
  it('has a stable message', () => {
    expect(PayrollTaxNumber.safeParse('123456782B01').error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "Loonheffingennummer bestaat uit 9 cijfers, de letter L en 2 cijfers",
      ]
    `);
  });
});
