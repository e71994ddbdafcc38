import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('VAC-004 placement outside the preference', () => {
  it('says nothing for the example, a matching preference or no preference', () => {
    expect(issuesOfRule(PlacementDefinition, 'VAC-004', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'VAC-004', (p) => (p.vacancyPreference = ['NEW_INFLOW_PW'])).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'VAC-004', (p) => (p.vacancyPreference = ['NO_PREFERENCE'])).nl).toEqual([]);
  });

  it('informs, never rejects, when the basis is outside the preference', () => {
    const r = issuesOfRule(PlacementDefinition, 'VAC-004', (p) => (p.vacancyPreference = ['SW', 'WAJONG']));
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['information', ['vacancyPreference']]]);
    expect(r.nl[0]?.message).not.toContain('PW_NO_WML_CAPACITY');
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"De kandidaat valt buiten de doelgroepvoorkeur van de vacature (SW, WAJONG); dat mag, kwaliteit van de match gaat voor."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"The candidate is outside the vacancy's target-group preference (SW, WAJONG); that is allowed, the quality of the match comes first."`,
    );
  });
});
