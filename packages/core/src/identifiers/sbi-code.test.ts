import { describe, expect, it } from 'vitest';
import { isValidSbiCode, SbiCode } from './sbi-code.js';

describe('SbiCode (IDN-008)', () => {
  it.each([
    { version: 'SBI_2008', code: '6201' },
    { version: 'SBI_2008', code: '62011' },
    { version: 'SBI_2008', code: '62' },
    { version: 'SBI_2025', code: '62100' },
  ])('accepts %j', (v) => {
    expect(isValidSbiCode(v)).toBe(true);
    expect(SbiCode.parse(v)).toEqual(v);
  });

  it('rejects a code without version: the version is never inferred from the length', () => {
    expect(isValidSbiCode({ code: '62011' })).toBe(false);
    expect(SbiCode.safeParse({ code: '62011' }).error?.issues.map((i) => [i.path, i.message])).toMatchInlineSnapshot(`
      [
        [
          [
            "version",
          ],
          "SBI-code heeft een versie nodig (SBI_2008 of SBI_2025)",
        ],
      ]
    `);
  });

  it('rejects an SBI 2025 code that is not 5 digits', () => {
    expect(isValidSbiCode({ version: 'SBI_2025', code: '6201' })).toBe(false);
    expect(SbiCode.safeParse({ version: 'SBI_2025', code: '6201' }).error?.issues.map((i) => [i.path, i.message])).toMatchInlineSnapshot(`
      [
        [
          [
            "code",
          ],
          "SBI 2025-code moet uit precies 5 cijfers bestaan",
        ],
      ]
    `);
  });

  it.each([
    { version: 'SBI_2008', code: '620111' },
    { version: 'SBI_2008', code: '6' },
    { version: 'SBI_2008', code: 'J' },
    { version: 'SBI_2008', code: 6201 },
    '62011',
    null,
  ])('rejects %j', (v) => {
    expect(isValidSbiCode(v)).toBe(false);
    expect(SbiCode.safeParse(v).success).toBe(false);
  });
});
