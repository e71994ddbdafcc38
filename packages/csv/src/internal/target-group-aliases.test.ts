import { PlacementDefinition, VacancyDefinition } from '@banenafspraak/core';
import { describe, expect, it } from 'vitest';
import { type Conversion, converterFor } from './converters.js';
import { fieldCatalogue } from './fields.js';
import { TARGET_GROUP_ALIASES } from './target-group-aliases.js';

function convert(definition: unknown, path: string, text: string): Conversion {
  const field = fieldCatalogue(definition as never).find((f) => f.path === path);
  if (!field) throw new Error(`no field ${path}`);
  const out: Conversion = { value: undefined, problem: undefined, problemParams: undefined, note: undefined, noteSeverity: 'warning' };
  converterFor(field, ',')(text, out);
  return out;
}

describe('target-group spellings', () => {
  it.each(Object.entries(TARGET_GROUP_ALIASES))('%s becomes its basis (placement) and its preference (vacancy)', (spelling, alias) => {
    for (const written of [spelling, spelling.toUpperCase(), ` ${spelling.toLowerCase()} `.trim()]) {
      const basis = convert(PlacementDefinition, 'candidate.targetGroup.basis', written);
      if (alias.basis === undefined) expect(basis.problem).toBe('csv-unknown-code');
      else expect(basis).toMatchObject({ value: alias.basis, problem: undefined });
      const preference = convert(VacancyDefinition, 'targetGroupPreference', written);
      if (alias.preference === undefined) expect(preference.problem).toBe('csv-unknown-code');
      else expect(preference).toMatchObject({ value: [alias.preference], problem: undefined });
    }
  });

  it('covers the spellings regions use', () => {
    const basis = (text: string) => convert(PlacementDefinition, 'candidate.targetGroup.basis', text).value;
    expect(basis('SW')).toBe('WSW_INDICATION');
    expect(basis('Nieuwe instroom')).toBe('PW_NO_WML_CAPACITY');
    expect(basis('Wajong')).toBe('WAJONG');
    expect(basis('vso-pro')).toBeUndefined(); // two bases: the sheet must say which
    expect(convert(VacancyDefinition, 'targetGroupPreference', 'VSO/PrO, Wajong').value).toEqual(['NEW_INFLOW_PW', 'WAJONG']);
  });
});
