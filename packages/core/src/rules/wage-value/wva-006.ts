import { defineRule } from '../rule.js';

/**
 * WVA-006: the wage value agrees with the weighted result of the main tasks,
 * round(Σ timeShare × result / 100), within one percentage point.
 *
 * @remarks
 * How the per-task result follows from pace, quality and net working time is UNCERTAIN, so the
 * supplied `resultPct` is used as is. The rule needs a result for every task and is skipped
 * for a regular performance (WVA-005).
 */
export const WVA_006 = defineRule({
  id: 'WVA-006',
  appliesTo: 'WageValueAssessment',
  severity: 'warning',
  titleNl: 'Loonwaarde komt overeen met het gewogen resultaat van de hoofdtaken',
  titleEn: 'Wage value matches the weighted result of the main tasks',
  source: 'R7',
  reads: [['regularPerformance'], ['mainTasks'], ['wageValuePct']],
  messages: {
    differs: {
      nl: (p: { pct: number; expected: number }) =>
        `De loonwaarde ${p.pct}% wijkt meer dan 1 punt af van het gewogen resultaat van de hoofdtaken (${p.expected}%).`,
      en: (p: { pct: number; expected: number }) =>
        `The wage value of ${p.pct}% differs by more than 1 point from the weighted main-task result (${p.expected}%).`,
    },
  },
  check(assessment, ctx) {
    const tasks = assessment.mainTasks;
    if (assessment.regularPerformance || tasks.length === 0) return;
    if (tasks.some((t) => t.resultPct === undefined)) return;
    const weighted = tasks.reduce((s, t) => s + t.timeSharePct * (t.resultPct ?? 0), 0) / 100;
    const expected = Math.round(weighted);
    if (Math.abs(assessment.wageValuePct - expected) > 1)
      ctx.report(['wageValuePct'], 'differs', { pct: assessment.wageValuePct, expected });
  },
});
