import { describe, expect, it } from 'vitest';
import { VacancyDefinition } from '../../documents/vacancy.js';
import { findingsOf, issuesOfRule } from '../../internal/testing.js';
import { IDN_004 } from './idn-004.js';

describe('IDN-004 RSIN', () => {
  it('accepts the example and an RSIN-based OIN passing the 11-proef', () => {
    expect(issuesOfRule(VacancyDefinition, 'IDN-004', () => {}).nl).toEqual([]);
    expect(issuesOfRule(VacancyDefinition, 'IDN-004', (v) => (v.receivedBy = { scheme: 'OIN', value: '00000001123456782000' })).nl).toEqual(
      [],
    );
  });

  it('warns (does not reject) when the RSIN in an OIN fails the 11-proef', () => {
    const r = issuesOfRule(VacancyDefinition, 'IDN-004', (v) => (v.receivedBy = { scheme: 'OIN', value: '00000001123456789000' }));
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['warning', ['receivedBy', 'value']]]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"RSIN voldoet niet aan de elfproef; controleer het nummer."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"RSIN does not pass the 11-proef; check the number."`);
  });

  it('rejects an RSIN field that is not 9 digits', () => {
    const f = findingsOf(IDN_004, { documentType: 'Placement', employer: { rsin: '20000000' } });
    expect(f.map((x) => [x.severity ?? 'error', x.path])).toEqual([['error', ['employer', 'rsin']]]);
    expect(findingsOf(IDN_004, { documentType: 'Placement', employer: { rsin: '200000007' } })).toEqual([]);
  });
});
