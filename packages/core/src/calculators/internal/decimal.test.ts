import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, cmp, div, fromBigInt, mul, parseDecimal, rat, roundToInteger, sub, toExactString, toFixedString } from './decimal.js';

const cents = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
const toEuro = (c: bigint) => rat(c, 100n);

describe('decimal (exact rational arithmetic)', () => {
  it('parses and prints exact decimals', () => {
    expect(toExactString(parseDecimal('14.71'))).toBe('14.71');
    expect(toExactString(parseDecimal('23.50'))).toBe('23.5');
    expect(toExactString(parseDecimal('-0.005'))).toBe('-0.005');
    expect(toExactString(parseDecimal('1e-7'))).toBe('0.0000001');
    expect(toExactString(div(parseDecimal('32'), parseDecimal('25.5')))).toBe('64/51');
    expect(() => parseDecimal('14,71')).toThrow(RangeError);
  });

  it('0.1 + 0.2 is exactly 0.3', () => {
    expect(cmp(add(parseDecimal('0.1'), parseDecimal('0.2')), parseDecimal('0.3'))).toBe(0);
  });

  it.each([
    ['0.5', 'HALF_UP', 1n],
    ['1.5', 'HALF_EVEN', 2n],
    ['2.5', 'HALF_EVEN', 2n],
    ['2.5', 'HALF_UP', 3n],
    ['-2.5', 'HALF_UP', -3n],
    ['-2.5', 'HALF_EVEN', -2n],
    ['2.9', 'DOWN', 2n],
    ['-2.9', 'DOWN', -2n],
    ['2.51', 'HALF_EVEN', 3n],
  ] as const)('rounds %s with %s to %s', (v, mode, expected) => {
    expect(roundToInteger(parseDecimal(v), mode)).toBe(expected);
  });

  it('formats with a fixed scale', () => {
    expect(toFixedString(parseDecimal('7.8480792'), 6)).toBe('7.848079');
    expect(toFixedString(parseDecimal('-0.004'), 2)).toBe('0.00');
    expect(toFixedString(parseDecimal('-0.005'), 2)).toBe('-0.01');
  });

  it('property: addition and subtraction of euro amounts agree with BigInt cents arithmetic', () => {
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        expect(add(toEuro(a), toEuro(b))).toEqual(toEuro(a + b));
        expect(sub(toEuro(a), toEuro(b))).toEqual(toEuro(a - b));
      }),
    );
  });

  it('property: amount × integer hours agrees with cents × hours, and rounding an exact cents value is the identity', () => {
    fc.assert(
      fc.property(cents, fc.bigInt({ min: 0n, max: 10_000n }), (a, h) => {
        const product = mul(toEuro(a), fromBigInt(h));
        expect(product).toEqual(toEuro(a * h));
        for (const mode of ['HALF_UP', 'HALF_EVEN', 'DOWN'] as const) {
          expect(roundToInteger(mul(product, fromBigInt(100n)), mode)).toBe(a * h);
        }
      }),
    );
  });

  it('property: percent of cents rounded HALF_UP matches integer arithmetic', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 1000n }), (c, permille) => {
        // c × permille / 1000, half up, in pure BigInt
        const num = c * permille;
        const expected = (num * 2n + 1000n) / 2000n;
        expect(roundToInteger(mul(fromBigInt(c), rat(permille, 1000n)), 'HALF_UP')).toBe(expected);
        expect(roundToInteger(mul(fromBigInt(c), rat(permille, 1000n)), 'DOWN')).toBe(num / 1000n);
      }),
    );
  });
});
