import { describe, expect, it } from 'vitest';
import { PartnershipAgreementDefinition } from '../../documents/partnership-agreement.js';
import { VacancyDefinition } from '../../documents/vacancy.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('IDN-003 KvK and establishment numbers in organisation references', () => {
  it('accepts the examples', () => {
    expect(issuesOfRule(VacancyDefinition, 'IDN-003', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PartnershipAgreementDefinition, 'IDN-003', () => {}).nl).toEqual([]);
  });

  it('rejects a KvK reference of 7 digits and a KvK number in the establishment scheme', () => {
    const r = issuesOfRule(VacancyDefinition, 'IDN-003', (v) => {
      v.receivedBy = { scheme: 'KVK', value: '1234567' };
      v.contact.organisation = { scheme: 'VESTIGING', value: '12345678' };
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([
      ['receivedBy', 'value'],
      ['contact', 'organisation', 'value'],
    ]);
    expect(r.nl[1]?.message).toMatchInlineSnapshot(`"Vestigingsnummer moet uit precies 12 cijfers bestaan."`);
    expect(r.en[1]?.message).toMatchInlineSnapshot(`"An establishment number has exactly 12 digits."`);
  });
});
