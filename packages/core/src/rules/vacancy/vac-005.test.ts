import { describe, expect, it } from 'vitest';
import { VacancyDefinition } from '../../documents/vacancy.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('VAC-005 filled only when every place is filled', () => {
  it('accepts the example and a filled vacancy with enough placements', () => {
    expect(issuesOfRule(VacancyDefinition, 'VAC-005', () => {}).nl).toEqual([]);
    const ok = issuesOfRule(VacancyDefinition, 'VAC-005', (v) => {
      v.status = 'FILLED';
      v.placesFilled = 3;
    });
    expect(ok.nl).toEqual([]);
  });

  it('rejects FILLED with fewer placements than places', () => {
    const r = issuesOfRule(VacancyDefinition, 'VAC-005', (v) => {
      v.status = 'FILLED';
      v.placesFilled = 2;
    });
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['status']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Vacature staat op vervuld, maar 2 van de 3 plaatsen zijn vervuld."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Vacancy is marked filled, but 2 of 3 places are filled."`);
  });

  it('rejects FILLED without a count of filled places', () => {
    const r = issuesOfRule(VacancyDefinition, 'VAC-005', (v) => {
      v.status = 'FILLED';
    });
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['error', ['placesFilled']]]);
  });
});
