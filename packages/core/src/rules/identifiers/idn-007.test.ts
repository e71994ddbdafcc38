import { describe, expect, it } from 'vitest';
import { PlacementDefinition, placementExample } from '../../documents/placement.js';
import { VacancyDefinition, vacancyExample } from '../../documents/vacancy.js';
import { issuesOfRule } from '../../internal/testing.js';
import { validate } from '../../validation/validate.js';

describe('IDN-007 GM and AM codes on the reference date', () => {
  it('accepts the examples and Weesp on its last day', () => {
    expect(issuesOfRule(PlacementDefinition, 'IDN-007', () => {}).nl).toEqual([]);
    expect(issuesOfRule(VacancyDefinition, 'IDN-007', () => {}).nl).toEqual([]);
    const weesp = issuesOfRule(PlacementDefinition, 'IDN-007', (p) => {
      p.startDate = '2022-03-23';
      p.municipality = 'GM0457';
      delete p.instruments;
    });
    expect(weesp.nl).toEqual([]);
  });

  it('warns about a retired GM code after its merger and names the successor', () => {
    const r = issuesOfRule(PlacementDefinition, 'IDN-007', (p) => (p.municipality = 'GM0457'));
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['warning', ['municipality']]]);
    expect(r.nl[0]?.message).toContain('GM0363');
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Gemeente GM0457 (Weesp) bestaat na 2022-03-23 niet meer door herindeling; gebruik GM0363 (Amsterdam)."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"Municipality GM0457 (Weesp) ceased to exist after 2022-03-23 through a merger; use GM0363 (Amsterdam)."`,
    );
  });

  it('rejects an unknown GM code and a malformed GM reference', () => {
    const r = issuesOfRule(PlacementDefinition, 'IDN-007', (p) => {
      p.municipality = 'GM9999';
      p.instruments[0].financingParty = { scheme: 'GM', value: 'GM599' };
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path).sort()).toEqual([['instruments', 0, 'financingParty', 'value'], ['municipality']].sort());
  });

  it('rejects a municipality that did not exist yet on the reference date', () => {
    const r = issuesOfRule(PlacementDefinition, 'IDN-007', (p) => {
      p.startDate = '2018-06-01';
      p.municipality = 'GM1966';
      delete p.instruments;
    });
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['error', ['municipality']]]);
  });
});

describe('IDN-007 for a region code outside the 35 in a typed region field', () => {
  const cases = [
    [
      'Vacancy',
      (region: string, locale: 'nl' | 'en') =>
        validate(VacancyDefinition, { ...structuredClone(vacancyExample), region }, { asOf: '2026-06-01', locale }),
    ],
    [
      'Placement',
      (region: string, locale: 'nl' | 'en') =>
        validate(PlacementDefinition, { ...structuredClone(placementExample), region }, { asOf: '2026-06-01', locale }),
    ],
  ] as const;
  it.each(cases)('names the rule and the field of a %s, in Dutch and English', (_type, run) => {
    for (const code of ['AM99', 'AM04']) {
      const nl = run(code, 'nl');
      expect(nl.valid).toBe(false);
      expect(nl.issues.filter((i) => i.ruleId === 'IDN-007').map((i) => [i.path, i.message])).toEqual([
        [['region'], 'Onbekende arbeidsmarktregiocode (AMnn, een van de 35 regio’s).'],
      ]);
      expect(run(code, 'en').issues.find((i) => i.ruleId === 'IDN-007')?.message).toBe(
        'Unknown labour-market region code (AMnn, one of the 35 regions).',
      );
    }
  });
});
