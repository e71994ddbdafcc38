import type { Placement } from '../../documents/placement.js';
import { defineRule, finding } from '../rule.js';
import { grantPath, liveGrants } from './internal.js';

/** INS-014: an external job coach financed by UWV comes from an organisation UWV recognises. */
export const INS_014 = defineRule<Placement>({
  id: 'INS-014',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Externe jobcoach betaald door UWV komt van een door UWV erkende organisatie',
  titleEn: 'External job coach financed by UWV comes from a UWV-recognised organisation',
  source: 'R21',
  check(p) {
    return liveGrants(p, ['JOBCOACH_EXTERNAL'])
      .filter(({ grant: g }) => g.financier === 'UWV' && g.jobCoach?.providerUwvRecognised !== true)
      .map(({ index }) =>
        finding(
          grantPath(index, 'jobCoach', 'providerUwvRecognised'),
          'Externe jobcoaching betaald door UWV vraagt een jobcoachorganisatie die door UWV is erkend.',
          'External job coaching paid by UWV requires a job-coach organisation recognised by UWV.',
        ),
      );
  },
});
