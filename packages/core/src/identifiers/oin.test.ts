import { describe, expect, it } from 'vitest';
import { isTestOin, isValidOin, Oin } from './oin.js';

describe('Oin (IDN-006)', () => {
  it.each([
    ['00000003123456780000', 'KvK 12345678'],
    ['00000001123456782000', 'RSIN 123456782'],
    ['00000004000000148000', 'sub-OIN'],
  ])('accepts %s (%s)', (v) => {
    expect(isValidOin(v)).toBe(true);
    expect(Oin.parse(v)).toBe(v);
  });

  it('rejects 19 characters', () => {
    expect(isValidOin('0000000312345678000')).toBe(false);
    expect(Oin.safeParse('0000000312345678000').error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "OIN moet uit precies 20 cijfers bestaan",
      ]
    `);
  });

  it('rejects an unknown prefix (00000005 is unassigned)', () => {
    expect(isValidOin('00000005123456782000')).toBe(false);
    expect(Oin.safeParse('00000005123456782000').error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "OIN heeft een onbekend prefix",
      ]
    `);
  });

  it('rejects padding that does not fit the prefix', () => {
    // KvK OINs end in 0000; a 9-digit main number after the KvK prefix leaves only 000.
    expect(isValidOin('00000003123456782000')).toBe(false);
    expect(isValidOin('00000001123456782001')).toBe(false);
    expect(Oin.safeParse('00000001123456782001').error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "OIN eindigt niet op de opvulling die bij het prefix hoort (000, of 0000 bij een KvK-nummer)",
      ]
    `);
  });

  it('accepts a test OIN but flags it separately (warning in production)', () => {
    expect(isValidOin('00000099123456782000')).toBe(true);
    expect(isTestOin('00000099123456782000')).toBe(true);
    expect(isTestOin('00000003123456780000')).toBe(false);
    expect(isTestOin('0000009912345678200')).toBe(false);
  });
});
