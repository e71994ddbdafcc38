import { defineRule } from '../rule.js';

/** Minimum time share of a main task: 1/16 of the weekly working time. */
const MIN_SHARE_PCT = 6.25;

/**
 * WVA-004: each main task takes at least 6.25% (1/16) of the working time.
 *
 * @remarks
 * The other criterion (at least 30 minutes a day) needs a work schedule, which the report
 * does not carry.
 */
export const WVA_004 = defineRule({
  id: 'WVA-004',
  appliesTo: 'WageValueAssessment',
  severity: 'warning',
  titleNl: 'Elke hoofdtaak beslaat minstens 6,25% van de werktijd',
  titleEn: 'Each main task takes at least 6.25% of working time',
  source: 'R4',
  reads: [['mainTasks']],
  messages: {
    tooSmall: {
      nl: (p: { seq: number; pct: number }) =>
        `Hoofdtaak ${p.seq} beslaat ${p.pct}% van de werktijd; een hoofdtaak is minstens 6,25% (1/16).`,
      en: (p: { seq: number; pct: number }) =>
        `Main task ${p.seq} takes ${p.pct}% of working time; a main task takes at least 6.25% (1/16).`,
    },
  },
  check(assessment, ctx) {
    assessment.mainTasks.forEach((task, i) => {
      if (task.timeSharePct < MIN_SHARE_PCT)
        ctx.report(['mainTasks', i, 'timeSharePct'], 'tooSmall', { seq: task.seq, pct: task.timeSharePct });
    });
  },
});
