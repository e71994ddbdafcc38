import { describe, expect, it } from 'vitest';
import { Utf8Validator } from './decode.js';
import { sniffDelimiter, sniffLineEnding } from './dialect.js';
import { columnLetter } from './header-matching.js';

describe('dialect sniffing', () => {
  it('finds the delimiter under a title row', () => {
    expect(sniffDelimiter('Plaatsingen, export maart\r\n\r\na;b;c\r\n1;2,5;3\r\n4;5;6\r\n', true)).toBe(';');
    expect(sniffDelimiter('a,b,c\n1,"2;5",3\n', true)).toBe(',');
    expect(sniffDelimiter('a\tb\tc\n1\t2,5\t3\n', true)).toBe('\t');
    expect(sniffDelimiter('', true)).toBe(';');
  });

  it('finds the line ending outside quotes', () => {
    expect(sniffLineEnding('a;"x\ny"\r\nb')).toBe('\r\n');
    expect(sniffLineEnding('a;b\nc')).toBe('\n');
    expect(sniffLineEnding('a;b')).toBe('\r\n');
  });

  it('names columns as spreadsheets do', () => {
    expect([1, 3, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('validates UTF-8 across chunk boundaries', () => {
    const bytes = Buffer.from('Één café €', 'utf8');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const v = new Utf8Validator();
      v.push(bytes.subarray(0, cut));
      v.push(bytes.subarray(cut));
      expect(v.end()).toBe(true);
    }
    const bad = new Utf8Validator();
    bad.push(Buffer.from([0x43, 0x61, 0x66, 0xe9])); // "Café" in Windows-1252
    expect(bad.end()).toBe(false);
  });
});
