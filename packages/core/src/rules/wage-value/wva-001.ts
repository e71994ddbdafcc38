import { defineRule } from '../rule.js';

/** WVA-001: the wage value is a whole percentage from 0 to 100. */
export const WVA_001 = defineRule({
  id: 'WVA-001',
  appliesTo: 'WageValueAssessment',
  severity: 'error',
  titleNl: 'Loonwaarde is een geheel percentage van 0 tot en met 100',
  titleEn: 'Wage value is a whole percentage from 0 to 100',
  source: 'R7',
  reads: [['wageValuePct']],
  messages: {
    range: {
      nl: 'De loonwaarde is een geheel percentage van 0 tot en met 100 (afgerond op hele procenten).',
      en: 'The wage value is a whole percentage from 0 to 100 (rounded to whole percent).',
    },
  },
  check(assessment, ctx) {
    const v = assessment.wageValuePct;
    if (!(Number.isInteger(v) && v >= 0 && v <= 100)) ctx.report(['wageValuePct'], 'range');
  },
});
