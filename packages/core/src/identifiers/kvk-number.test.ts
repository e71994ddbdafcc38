import { describe, expect, it } from 'vitest';
import { EstablishmentNumber, isValidEstablishmentNumber } from './establishment-number.js';
import { isValidKvkNumber, KvkNumber } from './kvk-number.js';

describe('KvkNumber (IDN-003)', () => {
  it('accepts 12345678', () => {
    expect(isValidKvkNumber('12345678')).toBe(true);
    expect(KvkNumber.parse('12345678')).toBe('12345678');
  });
  it.each(['1234567', '123456789', '1234567a', ' 12345678'])('rejects %j', (v) => {
    expect(isValidKvkNumber(v)).toBe(false);
    expect(KvkNumber.safeParse(v).success).toBe(false);
  });
  it('rejects a number type, which loses leading zeros', () => {
    expect(isValidKvkNumber(1234567)).toBe(false);
    expect(KvkNumber.safeParse(1234567).error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "KvK-nummer moet uit precies 8 cijfers bestaan",
      ]
    `);
  });
});

describe('EstablishmentNumber (IDN-003)', () => {
  it('accepts 000012345678', () => {
    expect(isValidEstablishmentNumber('000012345678')).toBe(true);
    expect(EstablishmentNumber.parse('000012345678')).toBe('000012345678');
  });
  it('rejects a KvK number in the establishment column', () => {
    expect(isValidEstablishmentNumber('12345678')).toBe(false);
    expect(EstablishmentNumber.safeParse('12345678').error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "Vestigingsnummer moet uit precies 12 cijfers bestaan",
      ]
    `);
  });
});
