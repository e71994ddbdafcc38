import { defineRule } from '../rule.js';
import { grantPath, monthsCovering } from './internal.js';

const MAX_MONTHS = 36;

/**
 * INS-016: job coaching beyond 3 years in total (including earlier coaching in the job) is a
 * warning. UWV internal coaching beyond 3 years is an error under INS-013 and not repeated here.
 */
export const INS_016 = defineRule({
  id: 'INS-016',
  appliesTo: 'Placement',
  severity: 'warning',
  titleNl: 'Jobcoaching langer dan 3 jaar',
  titleEn: 'Job coaching beyond 3 years',
  source: 'R23',
  messages: {
    tooLong: {
      nl: `Jobcoaching duurt met eerdere coaching langer dan ${MAX_MONTHS} maanden; onderbouw de verlenging.`,
      en: `With earlier coaching, job coaching lasts longer than ${MAX_MONTHS} months; justify the extension.`,
    },
  },
  check(_placement, ctx) {
    for (const { grant, index } of ctx.facts.liveGrantsOf('JOBCOACH_EXTERNAL', 'JOBCOACH_INTERNAL')) {
      if (grant.instrument === 'JOBCOACH_INTERNAL' && grant.financier === 'UWV') continue;
      const earlier = grant.jobCoach?.earlierCoachingMonths ?? 0;
      const total = grant.period.to !== undefined ? earlier + monthsCovering(grant.period.from, grant.period.to) : undefined;
      if (total === undefined ? earlier >= MAX_MONTHS : total > MAX_MONTHS) ctx.report(grantPath(index, 'period', 'to'), 'tooLong');
    }
  },
});
