import type { Vacancy } from '../../documents/vacancy.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/** VAC-002: "no preference" excludes every other target-group preference. */
export const VAC_002 = defineRule<Vacancy>({
  id: 'VAC-002',
  appliesTo: ['Vacancy'],
  severity: 'error',
  titleNl: 'Geen voorkeur kan niet samen met een andere doelgroepvoorkeur',
  titleEn: 'NO_PREFERENCE cannot be combined with another preference',
  source: 'S5 (Rotterdam intake)',
  check(v) {
    if (v.targetGroupPreference.includes('NO_PREFERENCE') && v.targetGroupPreference.length > 1)
      return [
        finding(
          ['targetGroupPreference'],
          "'Geen voorkeur' kan niet samen met een andere voorkeur worden opgegeven.",
          'NO_PREFERENCE cannot be combined with another preference.',
        ),
      ];
    return NO_FINDINGS;
  },
});
