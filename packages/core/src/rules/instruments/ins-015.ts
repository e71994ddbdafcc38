import { defineRule } from '../rule.js';
import { grantPath } from './internal.js';

/**
 * INS-015: a municipal internal job coach who is a direct colleague or the supervisor is a
 * warning (a local rule, e.g. Utrecht; skip it with `skipRules` where it does not apply).
 */
export const INS_015 = defineRule({
  id: 'INS-015',
  appliesTo: 'Placement',
  severity: 'warning',
  titleNl: 'Gemeentelijke interne jobcoach is directe collega of leidinggevende',
  titleEn: 'Municipal internal coach is a direct colleague or the supervisor',
  source: 'R24',
  messages: {
    colleague: {
      nl: 'De interne jobcoach is een directe collega; de gemeente vraagt meestal iemand op afstand van het dagelijkse werk.',
      en: 'The internal job coach is a direct colleague; the municipality usually asks for someone at a distance from the daily work.',
    },
    supervisor: {
      nl: 'De interne jobcoach is de leidinggevende; de gemeente vraagt meestal iemand anders dan de leidinggevende.',
      en: 'The internal job coach is the supervisor; the municipality usually asks for someone other than the supervisor.',
    },
  },
  check(_placement, ctx) {
    for (const { grant, index } of ctx.facts.liveGrantsOf('JOBCOACH_INTERNAL')) {
      if (grant.financier !== 'MUNICIPALITY') continue;
      if (grant.jobCoach?.coachIsColleague) ctx.report(grantPath(index, 'jobCoach', 'coachIsColleague'), 'colleague');
      if (grant.jobCoach?.coachIsSupervisor) ctx.report(grantPath(index, 'jobCoach', 'coachIsSupervisor'), 'supervisor');
    }
  },
});
