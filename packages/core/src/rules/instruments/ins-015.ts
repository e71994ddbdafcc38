import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, liveGrants } from './internal.js';

const GRANTS_JOBCOACH_INTERNAL = ['JOBCOACH_INTERNAL'] as const;

/**
 * INS-015: a municipal internal job coach who is a direct colleague or the supervisor is a
 * warning (a local rule, e.g. Utrecht; skip it with `skipRules` where it does not apply).
 */
export const INS_015 = defineRule<Placement>({
  id: 'INS-015',
  appliesTo: ['Placement'],
  severity: 'warning',
  titleNl: 'Gemeentelijke interne jobcoach is directe collega of leidinggevende',
  titleEn: 'Municipal internal coach is a direct colleague or the supervisor',
  source: 'R24',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    for (const { grant: g, index } of liveGrants(p, GRANTS_JOBCOACH_INTERNAL, ctx)) {
      if (g.financier !== 'MUNICIPALITY') continue;
      if (g.jobCoach?.coachIsColleague)
        (out ??= []).push(
          finding(
            grantPath(index, 'jobCoach', 'coachIsColleague'),
            'De interne jobcoach is een directe collega; de gemeente vraagt meestal iemand op afstand van het dagelijkse werk.',
            'The internal job coach is a direct colleague; the municipality usually asks for someone at a distance from the daily work.',
          ),
        );
      if (g.jobCoach?.coachIsSupervisor)
        (out ??= []).push(
          finding(
            grantPath(index, 'jobCoach', 'coachIsSupervisor'),
            'De interne jobcoach is de leidinggevende; de gemeente vraagt meestal iemand anders dan de leidinggevende.',
            'The internal job coach is the supervisor; the municipality usually asks for someone other than the supervisor.',
          ),
        );
    }
    return out ?? NO_FINDINGS;
  },
});
