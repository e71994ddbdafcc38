import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, liveGrants, monthsCovering } from './internal.js';

const MAX_MONTHS = 36;

const GRANTS_JOBCOACH_EXTERNAL_JOBCOACH_INTERNAL = ['JOBCOACH_EXTERNAL', 'JOBCOACH_INTERNAL'] as const;

/**
 * INS-016: job coaching beyond 3 years in total (including earlier coaching in the job) is a
 * warning. UWV internal coaching beyond 3 years is an error under INS-013 and not repeated here.
 */
export const INS_016 = defineRule<Placement>({
  id: 'INS-016',
  appliesTo: ['Placement'],
  severity: 'warning',
  titleNl: 'Jobcoaching langer dan 3 jaar',
  titleEn: 'Job coaching beyond 3 years',
  source: 'R23',
  check(p, ctx) {
    const grants = liveGrants(p, GRANTS_JOBCOACH_EXTERNAL_JOBCOACH_INTERNAL, ctx);
    if (grants.length === 0) return NO_FINDINGS;
    return grants.flatMap(({ grant: g, index }) => {
      if (g.instrument === 'JOBCOACH_INTERNAL' && g.financier === 'UWV') return [];
      const earlier = g.jobCoach?.earlierCoachingMonths ?? 0;
      const total = g.period.to !== undefined ? earlier + monthsCovering(g.period.from, g.period.to) : undefined;
      if (total === undefined ? earlier < MAX_MONTHS : total <= MAX_MONTHS) return [];
      return [
        finding(
          grantPath(index, 'period', 'to'),
          `Jobcoaching duurt met eerdere coaching langer dan ${MAX_MONTHS} maanden; onderbouw de verlenging.`,
          `With earlier coaching, job coaching lasts longer than ${MAX_MONTHS} months; justify the extension.`,
        ),
      ];
    });
  },
});
