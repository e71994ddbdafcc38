import { defineRule } from '../rule.js';

/** WVA-005: "delivers a regular performance" means a wage value of exactly 100%. */
export const WVA_005 = defineRule({
  id: 'WVA-005',
  appliesTo: 'WageValueAssessment',
  severity: 'error',
  titleNl: 'Reguliere prestatie betekent een loonwaarde van 100%',
  titleEn: 'A regular performance means a wage value of 100%',
  source: 'R6',
  reads: [['regularPerformance'], ['wageValuePct']],
  messages: {
    not100: {
      nl: (p: { pct: number }) => `Bij een reguliere prestatie is de loonwaarde 100%, niet ${p.pct}%.`,
      en: (p: { pct: number }) => `With a regular performance the wage value is 100%, not ${p.pct}%.`,
    },
  },
  check(assessment, ctx) {
    if (assessment.regularPerformance && assessment.wageValuePct !== 100)
      ctx.report(['wageValuePct'], 'not100', { pct: assessment.wageValuePct });
  },
});
