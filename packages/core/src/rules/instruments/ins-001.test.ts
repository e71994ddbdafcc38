import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { grant } from './test-helpers.js';

describe('INS-001 financier fits instrument and group', () => {
  it('accepts the example and UWV paying wage dispensation', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-001', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'INS-001', grant({ instrument: 'WAGE_DISPENSATION', financier: 'UWV' })).nl).toEqual([]);
  });

  it('rejects the municipality paying wage dispensation', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-001', grant({ instrument: 'WAGE_DISPENSATION', financier: 'MUNICIPALITY' }));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['instruments', 0, 'financier']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Loondispensatie wordt betaald door UWV, niet door de gemeente."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Wage dispensation is paid by UWV, not by the municipality."`);
  });

  it('rejects LKS paid by another municipality than the one of residence, without naming it', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-001', (p) => (p.instruments[0].financingParty = { scheme: 'GM', value: 'GM0363' }));
    expect(r.nl.map((i) => i.path)).toEqual([['instruments', 0, 'financingParty', 'value']]);
    expect(r.nl[0]?.message).not.toContain('GM0599');
  });

  it('rejects UWV paying job coaching for the Participatiewet group', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-001', grant({ instrument: 'JOBCOACH_EXTERNAL', financier: 'UWV' }));
    expect(r.nl.map((i) => i.path)).toEqual([['instruments', 0, 'financier']]);
  });
});
