import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, liveGrants } from './internal.js';

/** INS-014: an external job coach financed by UWV comes from an organisation UWV recognises. */
const GRANTS_JOBCOACH_EXTERNAL = ['JOBCOACH_EXTERNAL'] as const;

export const INS_014 = defineRule<Placement>({
  id: 'INS-014',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Externe jobcoach betaald door UWV komt van een door UWV erkende organisatie',
  titleEn: 'External job coach financed by UWV comes from a UWV-recognised organisation',
  source: 'R21',
  check(p, ctx) {
    const grants = liveGrants(p, GRANTS_JOBCOACH_EXTERNAL, ctx);
    if (grants.length === 0) return NO_FINDINGS;
    return grants
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
