import { describe, expect, it } from 'vitest';
import {
  excelSerialToIsoDate,
  parseDutchBoolean,
  parseDutchDate,
  parseDutchDateTime,
  parseDutchNumber,
  parseEuroCents,
  parsePercentage,
} from './values.js';

describe('Dutch values', () => {
  it('reads decimal commas and thousands dots', () => {
    expect(parseDutchNumber('1.234,5')).toBe(1234.5);
    expect(parseDutchNumber('24,5')).toBe(24.5);
    expect(parseDutchNumber(' 1 234,50 ')).toBe(1234.5);
    expect(parseDutchNumber('-3,25')).toBe(-3.25);
    expect(parseDutchNumber('1.234')).toBe(1234); // thousands dot in a decimal-comma sheet
    expect(parseDutchNumber('24.5')).toBe(24.5); // unambiguous decimal dot
    expect(parseDutchNumber('1,500', '.')).toBe(1500);
    expect(parseDutchNumber('1.234', '.')).toBe(1.234);
    expect(parseDutchNumber('1,234.5')).toBe(1234.5);
    for (const bad of ['', 'veel', '1,2,3.4.5x', '1,23457E+08', '-', '12a']) expect(parseDutchNumber(bad)).toBeUndefined();
  });

  it('reads euro amounts into cents and percentages with or without %', () => {
    expect(parseEuroCents('€ 14,71')).toBe(1471);
    expect(parseEuroCents('1.234,56 EUR')).toBe(123456);
    expect(parseEuroCents('14,715')).toBeUndefined();
    expect(parsePercentage('60%')).toBe(60);
    expect(parsePercentage('60')).toBe(60);
    expect(parsePercentage('62,5 %')).toBe(62.5);
  });

  it('reads dd-mm-jjjj, d-m-jj, jjjj-mm-dd and Excel serial dates', () => {
    expect(parseDutchDate('01-03-2026')).toBe('2026-03-01');
    expect(parseDutchDate('1-3-26')).toBe('2026-03-01');
    expect(parseDutchDate('1-3-65')).toBe('1965-03-01');
    expect(parseDutchDate('2026-03-01')).toBe('2026-03-01');
    expect(parseDutchDate('01/03/2026')).toBe('2026-03-01');
    expect(parseDutchDate('1.3.2026')).toBe('2026-03-01');
    expect(parseDutchDate('01-03-2026 00:00')).toBe('2026-03-01');
    expect(parseDutchDate('46082')).toBe('2026-03-01');
    // Only a plausible range: a year or a day number in a date column is an error.
    expect(excelSerialToIsoDate(18264)).toBe('1950-01-01');
    expect(excelSerialToIsoDate(73415)).toBe('2100-12-31');
    for (const n of [1, 13, 61, 2025, 18263, 73416]) expect(excelSerialToIsoDate(n)).toBeUndefined();
    expect(parseDutchDate('2025')).toBeUndefined();
    expect(parseDutchDate('13')).toBeUndefined();
    for (const bad of ['31-02-2026', '2026-13-01', 'morgen', '', '0']) expect(parseDutchDate(bad)).toBeUndefined();
  });

  it('gives local date-times the Amsterdam offset of that day', () => {
    expect(parseDutchDateTime('02-02-2026 09:15')).toBe('2026-02-02T09:15:00+01:00');
    expect(parseDutchDateTime('01-07-2026 09:15')).toBe('2026-07-01T09:15:00+02:00');
    expect(parseDutchDateTime('2026-02-03T10:00:00+01:00')).toBe('2026-02-03T10:00:00+01:00');
    expect(parseDutchDateTime('02-02-2026 25:00')).toBeUndefined();
  });

  it('reads ja/nee/j/n/x/leeg', () => {
    for (const t of ['ja', 'J', 'x', 'X', 'yes', 'waar', '1']) expect(parseDutchBoolean(t)).toBe(true);
    for (const t of ['nee', 'N', 'leeg', 'no', 'onwaar', '0']) expect(parseDutchBoolean(t)).toBe(false);
    expect(parseDutchBoolean('misschien')).toBeUndefined();
  });
});
