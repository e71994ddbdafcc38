import { VacancyPreferenceList } from '../../codelists/vacancy-preference.js';
import { defineRule } from '../rule.js';

/**
 * VAC-004: a placement outside the vacancy's target-group preference is reported as
 * information only: quality of the match comes first, never an error.
 *
 * @remarks
 * The preference belongs to the vacancy, the register basis to the candidate. The rule runs on
 * the placement, which carries a copy of the linked vacancy's preference
 * (`vacancyPreference`) next to the candidate's basis. Without either, there is nothing to
 * compare. The message never names the candidate's basis (register data is restricted).
 */
export const VAC_004 = defineRule({
  id: 'VAC-004',
  appliesTo: 'Placement',
  severity: 'information',
  titleNl: 'Plaatsing buiten de doelgroepvoorkeur van de vacature',
  titleEn: 'Placement outside the vacancy’s target-group preference',
  source: 'S5 (Rotterdam intake)',
  messages: {
    outside: {
      nl: (p: { prefs: readonly string[] }) =>
        `De kandidaat valt buiten de doelgroepvoorkeur van de vacature (${p.prefs.join(', ')}); dat mag, kwaliteit van de match gaat voor.`,
      en: (p: { prefs: readonly string[] }) =>
        `The candidate is outside the vacancy's target-group preference (${p.prefs.join(', ')}); that is allowed, the quality of the match comes first.`,
    },
  },
  check(placement, ctx) {
    const prefs = placement.vacancyPreference;
    const basis = placement.candidate.targetGroup?.basis;
    if (!prefs || prefs.length === 0 || basis === undefined || prefs.includes('NO_PREFERENCE')) return;
    const matches = prefs.some((code) => VacancyPreferenceList.get(code)?.bases.some((b) => b === basis));
    if (!matches) ctx.report(['vacancyPreference'], 'outside', { prefs });
  },
});
