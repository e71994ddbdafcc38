import { defineRule } from '../rule.js';

/** JCR-001: hours spent more than 10 % above the hours planned for the period are flagged. */
export const JCR_001 = defineRule({
  id: 'JCR-001',
  appliesTo: 'JobCoachReport',
  severity: 'warning',
  titleNl: 'Bestede begeleidingsuren meer dan 10% boven de geplande uren',
  titleEn: 'Coaching hours spent more than 10% above the planned hours',
  source: 'R21, R23',
  messages: {
    over: {
      nl: (p: { spent: number; planned: number }) => `Besteed ${p.spent} uur tegen ${p.planned} gepland: meer dan 10% erboven.`,
      en: (p: { spent: number; planned: number }) => `Spent ${p.spent} hours against ${p.planned} planned: more than 10% above.`,
    },
  },
  check(report, ctx) {
    if (report.spentHours * 10 > report.plannedHours * 11)
      ctx.report(['spentHours'], 'over', { spent: report.spentHours, planned: report.plannedHours });
  },
});
