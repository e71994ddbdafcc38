import { defineRule } from '../rule.js';

/** PRP-003: the profile's hours range is a range: at least one hour, fewest ≤ most. */
export const PRP_003 = defineRule({
  id: 'PRP-003',
  appliesTo: 'CandidateProposal',
  severity: 'error',
  titleNl: 'Urenbereik van het profiel: minimum ≤ maximum, maximum > 0',
  titleEn: 'Profile hours: minimum ≤ maximum, maximum > 0',
  source: 'Brief §4.5, §14 (VUM werkzoekendeprofiel)',
  messages: {
    inverted: {
      nl: (p: { min: number; max: number }) => `Minimum aantal uren (${p.min}) is groter dan het maximum (${p.max}).`,
      en: (p: { min: number; max: number }) => `Minimum hours (${p.min}) exceed the maximum (${p.max}).`,
    },
    zero: { nl: 'Het maximum aantal uren per week moet groter dan 0 zijn.', en: 'The maximum hours per week must be above 0.' },
  },
  check(proposal, ctx) {
    const { min, max } = proposal.profile.hoursPerWeek;
    if (max <= 0) ctx.report(['profile', 'hoursPerWeek', 'max'], 'zero');
    else if (min > max) ctx.report(['profile', 'hoursPerWeek', 'min'], 'inverted', { min, max });
  },
});
