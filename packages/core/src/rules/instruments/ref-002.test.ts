import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('REF-002 no row, no fallback', () => {
  it('accepts the example (rows from 2024)', () => {
    expect(issuesOfRule(PlacementDefinition, 'REF-002', () => {}).nl).toEqual([]);
  });

  it('rejects an LKS period before the first minimum-wage row, never using a later row', () => {
    const r = issuesOfRule(PlacementDefinition, 'REF-002', (p) => {
      p.startDate = '2023-06-01';
      p.instruments[0].period = { from: '2023-06-01', to: '2024-05-31' };
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([['instruments', 0, 'period', 'from']]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Parametertabel WML_HOURLY_ADULT heeft geen waarde geldig op 2023-06-01; laad de juiste referentiegegevens."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"Parameter table WML_HOURLY_ADULT has no value valid on 2023-06-01; load the missing reference data."`,
    );
  });
});
