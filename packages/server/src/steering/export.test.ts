import { describe, expect, it } from 'vitest';
import { toCsv } from './export.js';

const table = (values: string[]) => ({
  columns: [{ key: 'calendarId', labelNl: 'Kalender', labelEn: 'Calendar', type: 'text' as const }],
  rows: values.map((calendarId) => ({ calendarId })),
  note: '',
  parameters: [],
});

describe('CSV download of a report', () => {
  it('defuses every text cell a spreadsheet would run as a formula, also one that starts with a negative number', () => {
    // A calendar id is free text in a partnership agreement (ARR-001 only warns about an unknown one).
    const formulas = ['=1+1', '+1+1', "-1+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', '-'];
    const lines = toCsv(table(formulas)).trim().split('\r\n').slice(1);
    expect(lines).toEqual(formulas.map((f) => `'${f};indicatief`));
  });

  it('leaves numbers, negative ones with a decimal comma included, as they are', () => {
    const lines = toCsv(table(['-1', '-1,5', '12', 'NL_COMMON_CAO']))
      .trim()
      .split('\r\n')
      .slice(1);
    expect(lines).toEqual(['-1;indicatief', '-1,5;indicatief', '12;indicatief', 'NL_COMMON_CAO;indicatief']);
  });
});
