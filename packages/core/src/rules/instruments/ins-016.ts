import type { Placement } from '../../documents/placement.js';
import { defineRule, finding } from '../rule.js';
import { grantPath, liveGrants, monthsCovering } from './internal.js';

const MAX_MONTHS = 36;

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
  check(p) {
    return liveGrants(p, ['JOBCOACH_EXTERNAL', 'JOBCOACH_INTERNAL']).flatMap(({ grant: g, index }) => {
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
