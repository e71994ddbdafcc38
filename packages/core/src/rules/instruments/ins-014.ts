import { defineRule } from '../rule.js';
import { grantPath } from './internal.js';

/** INS-014: an external job coach financed by UWV comes from an organisation UWV recognises. */
export const INS_014 = defineRule({
  id: 'INS-014',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Externe jobcoach betaald door UWV komt van een door UWV erkende organisatie',
  titleEn: 'External job coach financed by UWV comes from a UWV-recognised organisation',
  source: 'R21',
  messages: {
    notRecognised: {
      nl: 'Externe jobcoaching betaald door UWV vraagt een jobcoachorganisatie die door UWV is erkend.',
      en: 'External job coaching paid by UWV requires a job-coach organisation recognised by UWV.',
    },
  },
  check(_placement, ctx) {
    for (const { grant, index } of ctx.facts.liveGrantsOf('JOBCOACH_EXTERNAL'))
      if (grant.financier === 'UWV' && grant.jobCoach?.providerUwvRecognised !== true)
        ctx.report(grantPath(index, 'jobCoach', 'providerUwvRecognised'), 'notRecognised');
  },
});
