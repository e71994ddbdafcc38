import { defineRule } from '../rule.js';

/**
 * WVA-002: an assessment lists one to five main tasks, each with its own sequence number.
 *
 * @remarks
 * With `regularPerformance = true` the main-task scoring is optional (WVA-005), so zero tasks
 * is accepted then; more than five never is.
 */
export const WVA_002 = defineRule({
  id: 'WVA-002',
  appliesTo: 'WageValueAssessment',
  severity: 'error',
  titleNl: 'Eén tot vijf hoofdtaken',
  titleEn: 'One to five main tasks',
  source: 'R6; R7',
  reads: [['mainTasks'], ['regularPerformance']],
  messages: {
    count: {
      nl: (p: { n: number }) => `Er zijn ${p.n} hoofdtaken; dat moeten er 1 tot en met 5 zijn.`,
      en: (p: { n: number }) => `There are ${p.n} main tasks; there must be 1 to 5.`,
    },
    duplicateSeq: {
      nl: (p: { seq: number }) => `Volgnummer ${p.seq} komt meer dan eens voor.`,
      en: (p: { seq: number }) => `Sequence number ${p.seq} occurs more than once.`,
    },
  },
  check(assessment, ctx) {
    const n = assessment.mainTasks.length;
    if (n > 5 || (n === 0 && !assessment.regularPerformance)) ctx.report(['mainTasks'], 'count', { n }, { code: 'WVA-002.count' });
    const seen = new Set<number>();
    assessment.mainTasks.forEach((task, i) => {
      if (seen.has(task.seq)) ctx.report(['mainTasks', i, 'seq'], 'duplicateSeq', { seq: task.seq }, { code: 'WVA-002.seq' });
      seen.add(task.seq);
    });
  },
});
