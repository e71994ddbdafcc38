import { defineRule } from '../rule.js';

/**
 * WVA-003: the time shares of the main tasks add up to 100%: exactly when all are whole
 * numbers, within 0.5 percentage point when decimals are used.
 */
export const WVA_003 = defineRule({
  id: 'WVA-003',
  appliesTo: 'WageValueAssessment',
  severity: 'error',
  titleNl: 'Tijdsaandelen van de hoofdtaken tellen op tot 100%',
  titleEn: 'Main-task time shares add up to 100%',
  source: 'R6',
  reads: [['mainTasks']],
  messages: {
    sum: {
      nl: (p: { sum: number }) => `De tijdsaandelen van de hoofdtaken tellen op tot ${p.sum}%, niet tot 100%.`,
      en: (p: { sum: number }) => `The main-task time shares add up to ${p.sum}%, not 100%.`,
    },
  },
  check(assessment, ctx) {
    if (assessment.mainTasks.length === 0) return;
    const shares = assessment.mainTasks.map((t) => t.timeSharePct);
    // Sum in hundredths so that 33.33 + 33.33 + 33.34 is exactly 100.
    const sum = shares.reduce((s, x) => s + Math.round(x * 100), 0) / 100;
    const tolerance = shares.every(Number.isInteger) ? 0 : 0.5;
    if (Math.abs(sum - 100) > tolerance + 1e-9) ctx.report(['mainTasks'], 'sum', { sum });
  },
});
