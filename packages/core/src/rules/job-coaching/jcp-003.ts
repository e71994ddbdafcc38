import { addMonthsClamped } from '../../reference-data/internal/iso-date.js';
import { defineRule } from '../rule.js';

/** JCP-003: job coaching beyond 3 years is flagged (INS-016 for the plan). */
export const JCP_003 = defineRule({
  id: 'JCP-003',
  appliesTo: 'JobCoachPlan',
  severity: 'warning',
  titleNl: 'Jobcoaching langer dan 3 jaar',
  titleEn: 'Job coaching beyond 3 years',
  source: 'R23 (INS-016)',
  messages: {
    long: {
      nl: (p: { limit: string }) => `De begeleiding loopt door na ${p.limit}, langer dan 3 jaar.`,
      en: (p: { limit: string }) => `Coaching runs on after ${p.limit}, beyond 3 years.`,
    },
  },
  check(plan, ctx) {
    const limit = addMonthsClamped(plan.period.from, 36);
    if (plan.period.to >= limit) ctx.report(['period', 'to'], 'long', { limit });
  },
});
