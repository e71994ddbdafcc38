import { describe, expect, it } from 'vitest';
import { ContactMomentDefinition as D } from '../../documents/contact-moment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('CTM-003 each topic once', () => {
  it('accepts the example', () => {
    expect(issuesOfRule(D, 'CTM-003', () => {}).nl).toEqual([]);
  });

  it('rejects a repeated topic at its second place', () => {
    const r = issuesOfRule(D, 'CTM-003', (c) => (c.topics = ['VACANCY_INTAKE', 'INSTRUMENTS', 'VACANCY_INTAKE']));
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => [i.path, i.message])).toEqual([[['topics', 2], 'Onderwerp VACANCY_INTAKE staat er al eerder.']]);
    expect(r.en[0]?.message).toBe('Topic VACANCY_INTAKE is already listed.');
  });
});
