import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('INS-005 employer charges from reference data', () => {
  it('accepts the example and 23.5%', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-005', () => {}).nl).toEqual([]);
    const ok = issuesOfRule(PlacementDefinition, 'INS-005', (p) => {
      p.instruments[0].parametersUsed = [{ tableId: 'LKS_EMPLOYER_CHARGES_PCT', validFrom: '2015-01-01', value: '23.50' }];
    });
    expect(ok.nl).toEqual([]);
  });

  it('rejects a computation with 23%', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-005', (p) => {
      p.instruments[0].parametersUsed = [
        { tableId: 'WML_HOURLY_ADULT', validFrom: '2026-01-01', value: '14.71' },
        { tableId: 'LKS_EMPLOYER_CHARGES_PCT', validFrom: '2015-01-01', value: '23' },
      ];
    });
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['instruments', 0, 'parametersUsed', 1, 'value']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Gerekend met 23% werkgeverslasten; de referentiegegevens geven 23,5% op 2026-03-01."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Computed with 23% employer charges; the reference data give 23.5% on 2026-03-01."`);
  });
});
