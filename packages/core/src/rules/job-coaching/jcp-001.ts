import { defineRule } from '../rule.js';

/**
 * JCP-001: the planned hours are periods within the coaching period, in date order and not
 * overlapping, so hours spent can be reported against exactly one planned period.
 */
export const JCP_001 = defineRule({
  id: 'JCP-001',
  appliesTo: 'JobCoachPlan',
  severity: 'error',
  titleNl: 'Geplande uren per periode binnen de begeleidingsperiode, op volgorde, zonder overlap',
  titleEn: 'Planned hours per period within the coaching period, in order, without overlap',
  source: 'R21, R23',
  messages: {
    inverted: { nl: 'Het einde van deze periode ligt vóór het begin.', en: 'This period ends before it starts.' },
    outside: { nl: 'Deze periode valt buiten de begeleidingsperiode.', en: 'This period falls outside the coaching period.' },
    overlap: { nl: 'Deze periode begint vóór het einde van de vorige.', en: 'This period starts before the previous one ends.' },
  },
  check(plan, ctx) {
    let previousTo: string | undefined;
    plan.plannedHours.forEach((p, i) => {
      if (p.to < p.from) ctx.report(['plannedHours', i, 'to'], 'inverted');
      else if (p.from < plan.period.from || p.to > plan.period.to) ctx.report(['plannedHours', i], 'outside');
      else if (previousTo !== undefined && p.from <= previousTo) ctx.report(['plannedHours', i, 'from'], 'overlap');
      previousTo = p.to;
    });
  },
});
