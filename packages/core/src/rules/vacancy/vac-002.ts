import { defineRule } from '../rule.js';

/** VAC-002: "no preference" excludes every other target-group preference. */
export const VAC_002 = defineRule({
  id: 'VAC-002',
  appliesTo: 'Vacancy',
  severity: 'error',
  titleNl: 'Geen voorkeur kan niet samen met een andere doelgroepvoorkeur',
  titleEn: 'NO_PREFERENCE cannot be combined with another preference',
  source: 'S5 (Rotterdam intake)',
  reads: [['targetGroupPreference']],
  messages: {
    combined: {
      nl: "'Geen voorkeur' kan niet samen met een andere voorkeur worden opgegeven.",
      en: 'NO_PREFERENCE cannot be combined with another preference.',
    },
  },
  check(vacancy, ctx) {
    const prefs = vacancy.targetGroupPreference;
    if (prefs.includes('NO_PREFERENCE') && prefs.length > 1) ctx.report(['targetGroupPreference'], 'combined');
  },
});
