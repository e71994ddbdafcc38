import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bsn, isValidBsn, normalizeBsn } from './bsn.js';
import { passesElevenTest } from './eleven-test.js';

describe('Bsn (IDN-001)', () => {
  // Brief §6, valid examples verbatim.
  it.each(['123456782', '111222333', '012345672', '999992077'])('accepts %s', (v) => {
    expect(isValidBsn(v)).toBe(true);
    expect(Bsn.parse(v)).toBe(v);
  });

  // Brief §6, invalid examples verbatim ('12345678' is the pre-padding form of '012345678').
  it.each(['123456789', '12345678', '012345678', '000000000', '12345678X'])('rejects %s', (v) => {
    expect(isValidBsn(v)).toBe(false);
    expect(Bsn.safeParse(v).success).toBe(false);
  });

  it('rejects numbers: a numeric cell has already lost any leading zero', () => {
    expect(isValidBsn(123456782)).toBe(false);
    expect(Bsn.safeParse(123456782).success).toBe(false);
  });

  it('gives one issue per bad value, with a stable message', () => {
    expect(Bsn.safeParse('123456789').error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "BSN voldoet niet aan de elfproef",
      ]
    `);
    expect(Bsn.safeParse('12345678X').error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "BSN moet uit precies 9 cijfers bestaan",
      ]
    `);
    expect(Bsn.safeParse('000000000').error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "BSN mag niet uit alleen nullen bestaan",
      ]
    `);
  });

  it('never puts the BSN in an issue', () => {
    for (const v of ['123456789', '012345678', '000000000', '1234567890', '12345678X']) {
      const issues = Bsn.safeParse(v).error?.issues;
      expect(issues).toBeDefined();
      expect(JSON.stringify(issues)).not.toContain(v);
    }
  });

  it('accepts any 8 digits followed by their computed check digit (except all zeros)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }), (digits) => {
        const sum = digits.reduce((s, d, i) => s + d * (9 - i), 0); // weights 9, 8, …, 2
        const check = sum % 11; // the −1 weight: sum − check ≡ 0 (mod 11)
        fc.pre(check < 10);
        const bsn = `${digits.join('')}${check}`;
        fc.pre(bsn !== '000000000');
        expect(isValidBsn(bsn)).toBe(true);
        expect(Bsn.safeParse(bsn).success).toBe(true);
      }),
    );
  });
});

describe('passesElevenTest', () => {
  it('is the arithmetic only: 000000000 passes it, the BSN check rejects it separately', () => {
    expect(passesElevenTest('000000000')).toBe(true);
    expect(isValidBsn('000000000')).toBe(false);
  });
  it('computes the brief sums', () => {
    expect(passesElevenTest('123456782')).toBe(true); // 154
    expect(passesElevenTest('123456789')).toBe(false); // 147
    expect(passesElevenTest('200000007')).toBe(true); // 11
  });
  it('is false for anything but 9 digits', () => {
    expect(passesElevenTest('12345678')).toBe(false);
    expect(passesElevenTest('１２３４５６７８２')).toBe(false); // full-width digits are not digits here
  });
});

describe('normalizeBsn (IDN-002)', () => {
  it('pads an 8-digit legacy number with a leading 0', () => {
    expect(normalizeBsn('12345672')).toBe('012345672');
    expect(isValidBsn(normalizeBsn('12345672'))).toBe(true);
    // Brief: 12345678 → 012345678, which then fails the 11-proef (sum 104).
    expect(normalizeBsn('12345678')).toBe('012345678');
    expect(isValidBsn(normalizeBsn('12345678'))).toBe(false);
  });
  it('trims and otherwise leaves the value alone', () => {
    expect(normalizeBsn(' 123456782 ')).toBe('123456782');
    expect(normalizeBsn('1234567')).toBe('1234567');
    expect(normalizeBsn('1234 5678')).toBe('1234 5678');
  });
});
