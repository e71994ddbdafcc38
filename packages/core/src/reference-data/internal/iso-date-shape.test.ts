import { describe, expect, it } from 'vitest';
import { passesElevenTest } from '../../identifiers/eleven-test.js';
import { seededRandom } from '../../internal/testing.js';
import { formatYmd, hasIsoDateShape } from './iso-date.js';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

describe('hasIsoDateShape', () => {
  it('is the date-shape regex of the code-list lookups', () => {
    const chars = ['0', '1', '2', '3', '9', '-', 'a', ' ', '\n', '٣'];
    const next = seededRandom(11);
    const samples: unknown[] = [
      '2026-06-01',
      '2026-13-01',
      '2026-00-10',
      '2026-02-31',
      '2026-12-32',
      '2026-1-01',
      '2026-06-01\n',
      ' 2026-06-01',
      20260601,
      undefined,
      null,
    ];
    for (let n = 0; n < 20000; n++) {
      const base = `${String(Math.floor(next() * 10000)).padStart(4, '0')}-${String(Math.floor(next() * 14)).padStart(2, '0')}-${String(Math.floor(next() * 34)).padStart(2, '0')}`;
      const i = Math.floor(next() * 11);
      samples.push(
        next() < 0.5 ? base : base.slice(0, i) + chars[Math.floor(next() * chars.length)] + base.slice(i + (next() < 0.5 ? 1 : 0)),
      );
    }
    for (const s of samples) expect(hasIsoDateShape(s), String(s)).toBe(typeof s === 'string' && ISO_DATE.test(s));
  });
});

describe('formatYmd', () => {
  it('formats as padStart always did', () => {
    const old = (y: number, m: number, d: number) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    for (const y of [-1, 0, 1, 999, 1000, 2026, 9999, 10000, 2026.5, Number.NaN])
      for (const m of [0, 1, 9, 10, 12, 13, 1.5])
        for (const d of [0, 1, 9, 10, 31, 32, -3]) expect(formatYmd(y, m, d), `${y} ${m} ${d}`).toBe(old(y, m, d));
  });
});

describe('passesElevenTest', () => {
  it('refuses what is not exactly 9 ASCII digits, as the regex did', () => {
    for (const v of [
      '123456782',
      '12345678',
      '1234567820',
      '12345678x',
      '١٢٣٤٥٦٧٨٢',
      ' 23456782',
      '123456782\n',
      123456782 as unknown as string,
    ])
      expect(passesElevenTest(v), String(v)).toBe(typeof v === 'string' && /^\d{9}$/.test(v) && passesElevenTest(v));
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('123456780')).toBe(false);
  });
});
