import { describe, expect, it } from 'vitest';
import { passesElevenTest } from './eleven-test.js';
import { isValidRsinShape, Rsin } from './rsin.js';

describe('Rsin (IDN-004)', () => {
  it('accepts 200000007, which also passes the 11-proef', () => {
    expect(isValidRsinShape('200000007')).toBe(true);
    expect(Rsin.parse('200000007')).toBe('200000007');
    expect(passesElevenTest('200000007')).toBe(true);
  });
  it('rejects 20000000 (8 digits)', () => {
    expect(isValidRsinShape('20000000')).toBe(false);
    expect(Rsin.safeParse('20000000').error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "RSIN moet uit precies 9 cijfers bestaan",
      ]
    `);
  });
  it('accepts a well-shaped RSIN that fails the 11-proef: that is only a warning', () => {
    expect(Rsin.safeParse('200000008').success).toBe(true);
    expect(passesElevenTest('200000008')).toBe(false);
  });
});
