import { describe, expect, it } from 'vitest';
import { hasIsoDateShape } from './iso-date.js';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

describe('hasIsoDateShape', () => {
  it('is the date-shape regex of the code-list lookups', () => {
    const chars = ['0', '1', '2', '3', '9', '-', 'a', ' ', '\n', '٣'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const samples: unknown[] = ['2026-06-01', '2026-13-01', '2026-00-10', '2026-02-31', '2026-12-32', '2026-1-01', '2026-06-01\n', ' 2026-06-01', 20260601, undefined, null];
    for (let n = 0; n < 20000; n++) {
      const base = `${String(Math.floor(next() * 10000)).padStart(4, '0')}-${String(Math.floor(next() * 14)).padStart(2, '0')}-${String(Math.floor(next() * 34)).padStart(2, '0')}`;
      const i = Math.floor(next() * 11);
      samples.push(next() < 0.5 ? base : base.slice(0, i) + chars[Math.floor(next() * chars.length)] + base.slice(i + (next() < 0.5 ? 1 : 0)));
    }
    for (const s of samples) expect(hasIsoDateShape(s), String(s)).toBe(typeof s === 'string' && ISO_DATE.test(s));
  });
});
