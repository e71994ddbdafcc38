import { describe, expect, it } from 'vitest';
import { VacancyDefinition } from '../../documents/vacancy.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('VAC-002 no preference is exclusive', () => {
  it('accepts NO_PREFERENCE alone and a list of real preferences', () => {
    expect(issuesOfRule(VacancyDefinition, 'VAC-002', () => {}).nl).toEqual([]);
    expect(issuesOfRule(VacancyDefinition, 'VAC-002', (v) => (v.targetGroupPreference = ['SW', 'WAJONG'])).nl).toEqual([]);
  });

  it('rejects NO_PREFERENCE combined with another preference', () => {
    const r = issuesOfRule(VacancyDefinition, 'VAC-002', (v) => (v.targetGroupPreference = ['NO_PREFERENCE', 'WAJONG']));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['targetGroupPreference']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"'Geen voorkeur' kan niet samen met een andere voorkeur worden opgegeven."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"NO_PREFERENCE cannot be combined with another preference."`);
  });
});
