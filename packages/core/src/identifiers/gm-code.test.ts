import { describe, expect, it } from 'vitest';
import { isMunicipalityValidOn } from '../codelists/municipality.js';
import { GmCode, isValidGmCode } from './gm-code.js';

describe('GmCode (IDN-007)', () => {
  it.each(['GM0363', 'GM0599', 'GM1948'])('accepts %s', (v) => {
    expect(isValidGmCode(v)).toBe(true);
    expect(GmCode.parse(v)).toBe(v);
  });
  it.each(['GM363', 'gm0363', 'GM03630', ' GM0363'])('rejects %j', (v) => {
    expect(isValidGmCode(v)).toBe(false);
    expect(GmCode.safeParse(v).success).toBe(false);
  });
  it('has a stable message', () => {
    expect(GmCode.safeParse('gm0363').error?.issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "Gemeentecode moet de vorm GMnnnn hebben (GM + 4 cijfers, hoofdletters)",
      ]
    `);
  });
  it('leaves existence on a date to the municipality table', () => {
    expect(isMunicipalityValidOn('GM1948', '2025-01-01')).toBe(true); // created by a 2017 merger
    expect(GmCode.safeParse('GM0457').success).toBe(true); // Weesp: retired, but a GM code
    expect(isMunicipalityValidOn('GM0457', '2025-01-01')).toBe(false);
  });
});
