import { defineRule } from '../rule.js';

const COMPONENTS = ['pacePct', 'qualityPct', 'netWorkingTimePct', 'deployabilityPct', 'resultPct'] as const;

/**
 * WVA-013: component percentages of each main task (pace, quality, net working time,
 * deployability, result) lie within 0–100.
 *
 * @remarks
 * Whether a score above 100 is allowed is UNCERTAIN (brief §7.5); the standard rejects it.
 */
export const WVA_013 = defineRule({
  id: 'WVA-013',
  appliesTo: 'WageValueAssessment',
  severity: 'error',
  titleNl: 'Componentpercentages liggen tussen 0 en 100',
  titleEn: 'Component percentages lie within 0–100',
  source: 'R6',
  reads: [['mainTasks']],
  messages: {
    outOfRange: {
      nl: (p: { seq: number; pct: number }) => `Hoofdtaak ${p.seq}: ${p.pct}% ligt niet tussen 0 en 100.`,
      en: (p: { seq: number; pct: number }) => `Main task ${p.seq}: ${p.pct}% is not within 0–100.`,
    },
  },
  check(assessment, ctx) {
    assessment.mainTasks.forEach((task, i) => {
      for (const component of COMPONENTS) {
        const pct = task[component];
        if (pct !== undefined && (pct < 0 || pct > 100)) ctx.report(['mainTasks', i, component], 'outOfRange', { seq: task.seq, pct });
      }
    });
  },
});
