import { defineRule } from '../rule.js';

/**
 * PLC-007: employment that follows a trial placement at the same employer has no probation
 * period (*proeftijd*): the trial already served that purpose.
 *
 * @remarks
 * Whether the preceding trial (`precededBy`) was at the same employer is a different
 * document; the placement states it in `precededByTrialAtSameEmployer`.
 */
export const PLC_007 = defineRule({
  id: 'PLC-007',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Geen proeftijd in een dienstverband na een proefplaatsing bij dezelfde werkgever',
  titleEn: 'No probation period in employment after a trial at the same employer',
  source: 'R18, R19',
  reads: [['precededByTrialAtSameEmployer'], ['contract']],
  messages: {
    probation: {
      nl: 'Na een proefplaatsing bij dezelfde werkgever mag geen proeftijd worden afgesproken.',
      en: 'No probation period may be agreed after a trial placement at the same employer.',
    },
  },
  check(placement, ctx) {
    if (placement.precededByTrialAtSameEmployer === true && placement.contract?.probationPeriod === true)
      ctx.report(['contract', 'probationPeriod'], 'probation');
  },
});
