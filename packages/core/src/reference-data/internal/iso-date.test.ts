import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, endOfMonthsInclusive } from './iso-date.js';

// The definition endOfMonthsInclusive had before its integer fast path.
function reference(start: string, months: number): string {
  const day = Number(start.slice(8, 10));
  const target = addMonthsClamped(start, months);
  if (Number(target.slice(8, 10)) < day) return target;
  return addDays(target, -1);
}

describe('endOfMonthsInclusive', () => {
  it('equals the general definition for every day of 1999–2032 and many spans', () => {
    // Mismatches are collected rather than asserted one by one: 220 000 expect calls made
    // this test take seconds on a busy machine.
    const mismatches: string[] = [];
    let day = '1999-01-01';
    let compared = 0;
    while (day <= '2032-12-31') {
      for (const months of [-25, -13, -12, -1, 0, 1, 2, 3, 5, 6, 11, 12, 13, 24, 35, 36, 60, 119]) {
        const got = endOfMonthsInclusive(day, months);
        const want = reference(day, months);
        if (got !== want && mismatches.length < 10) mismatches.push(`${day} + ${months}: ${got}, expected ${want}`);
        compared++;
      }
      day = addDays(day, 1);
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(200_000);
  });

  it('keeps the general behaviour at the edges and for odd input', () => {
    for (const [start, months] of [
      ['0001-01-01', 0],
      ['0001-03-15', -2],
      ['9999-12-31', 1],
      ['2026-02-30', 1],
      ['2026-3-1', 1],
      ['2026-03-01', 1.5],
      ['2026-03-01', Number.NaN],
      ['', 3],
    ] as const)
      expect(endOfMonthsInclusive(start, months), `${start} + ${months}`).toBe(reference(start, months));
  });
});
