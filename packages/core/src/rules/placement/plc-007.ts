import type { Placement } from '../../documents/placement.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * PLC-007: employment that follows a trial placement at the same employer has no probation
 * period (*proeftijd*): the trial already served that purpose.
 *
 * @remarks
 * Whether the preceding trial (`precededBy`) was at the same employer is a different
 * document; the placement states it in `precededByTrialAtSameEmployer`.
 */
export const PLC_007 = defineRule<Placement>({
  id: 'PLC-007',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Geen proeftijd in een dienstverband na een proefplaatsing bij dezelfde werkgever',
  titleEn: 'No probation period in employment after a trial at the same employer',
  source: 'R18, R19',
  check(p) {
    if (p.precededByTrialAtSameEmployer === true && p.contract?.probationPeriod === true)
      return [
        finding(
          ['contract', 'probationPeriod'],
          'Na een proefplaatsing bij dezelfde werkgever mag geen proeftijd worden afgesproken.',
          'No probation period may be agreed after a trial placement at the same employer.',
        ),
      ];
    return NO_FINDINGS;
  },
});
