import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * WVA-006: the wage value agrees with the weighted result of the main tasks,
 * round(Σ timeShare × result / 100), within one percentage point.
 *
 * @remarks
 * How the per-task result follows from pace, quality and net working time is UNCERTAIN, so the
 * supplied `resultPct` is used as is. The rule needs a result for every task and is skipped
 * for a regular performance (WVA-005).
 */
export const WVA_006 = defineRule<WageValueAssessment>({
  id: 'WVA-006',
  appliesTo: ['WageValueAssessment'],
  severity: 'warning',
  titleNl: 'Loonwaarde komt overeen met het gewogen resultaat van de hoofdtaken',
  titleEn: 'Wage value matches the weighted result of the main tasks',
  source: 'R7',
  check(a) {
    if (a.regularPerformance || a.mainTasks.length === 0) return NO_FINDINGS;
    if (a.mainTasks.some((t) => t.resultPct === undefined)) return NO_FINDINGS;
    const weighted = a.mainTasks.reduce((s, t) => s + t.timeSharePct * (t.resultPct ?? 0), 0) / 100;
    const expected = Math.round(weighted);
    if (Math.abs(a.wageValuePct - expected) <= 1) return NO_FINDINGS;
    return [
      finding(
        ['wageValuePct'],
        `De loonwaarde ${a.wageValuePct}% wijkt meer dan 1 punt af van het gewogen resultaat van de hoofdtaken (${expected}%).`,
        `The wage value of ${a.wageValuePct}% differs by more than 1 point from the weighted main-task result (${expected}%).`,
      ),
    ];
  },
});
