import { toDayNumber } from '../../reference-data/internal/iso-date.js';
import { defineRule } from '../rule.js';

/**
 * JCP-002: job coaching fades out: planned hours per day do not rise from one period to the
 * next. A plan that needs more coaching later is possible, but is flagged for review.
 */
export const JCP_002 = defineRule({
  id: 'JCP-002',
  appliesTo: 'JobCoachPlan',
  severity: 'warning',
  titleNl: 'Jobcoaching bouwt af: geplande uren per dag stijgen niet',
  titleEn: 'Job coaching fades out: planned hours per day do not rise',
  source: 'R21, R23 (afbouw)',
  messages: {
    rises: {
      nl: 'De geplande uren per dag stijgen ten opzichte van de vorige periode; jobcoaching hoort af te bouwen.',
      en: 'Planned hours per day rise compared with the previous period; job coaching should fade out.',
    },
  },
  check(plan, ctx) {
    let previous: number | undefined;
    plan.plannedHours.forEach((p, i) => {
      const days = toDayNumber(p.to) - toDayNumber(p.from) + 1;
      if (days <= 0) return; // JCP-001
      const perDay = p.hours / days;
      if (previous !== undefined && perDay > previous + 1e-9) ctx.report(['plannedHours', i, 'hours'], 'rises');
      previous = perDay;
    });
  },
});
