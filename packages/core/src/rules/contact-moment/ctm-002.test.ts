import { describe, expect, it } from 'vitest';
import { ContactMomentDefinition as D } from '../../documents/contact-moment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('CTM-002 between two parties', () => {
  it('accepts the example (WSP on behalf of Rotterdam and UWV) and a contact without "on behalf of"', () => {
    expect(issuesOfRule(D, 'CTM-002', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'CTM-002', (c) => delete c.onBehalfOf).nl).toEqual([]);
  });

  it('rejects the employer (by KvK number or establishment) as the contacting organisation', () => {
    const kvk = issuesOfRule(D, 'CTM-002', (c) => (c.organisation = { scheme: 'KVK', value: '12345678' }));
    expect(kvk.valid).toBe(false);
    expect(kvk.en.map((i) => [i.path, i.message])).toEqual([
      [['organisation'], 'The organisation that had the contact is the employer contacted; name the public-side organisation.'],
    ]);
    const site = issuesOfRule(D, 'CTM-002', (c) => (c.organisation = { scheme: 'VESTIGING', value: '000012345678' }));
    expect(site.nl.map((i) => i.path)).toEqual([['organisation']]);
    // Another company (a job-coach organisation) is fine.
    expect(issuesOfRule(D, 'CTM-002', (c) => (c.organisation = { scheme: 'KVK', value: '87654321' })).nl).toEqual([]);
  });

  it('rejects acting on its own behalf and a repeated organisation, ignoring display names', () => {
    const r = issuesOfRule(D, 'CTM-002', (c) =>
      c.onBehalfOf.push({ scheme: 'AM', value: 'AM22' }, { scheme: 'GM', value: 'GM0599', name: 'Gemeente Rotterdam' }),
    );
    expect(r.nl.map((i) => [i.path, i.message])).toEqual([
      [['onBehalfOf', 2], 'Een organisatie handelt niet namens zichzelf; laat haar weg uit "namens".'],
      [['onBehalfOf', 3], 'Deze organisatie staat al eerder in "namens".'],
    ]);
  });
});
