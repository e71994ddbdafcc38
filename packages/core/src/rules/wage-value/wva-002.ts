import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * WVA-002: an assessment lists one to five main tasks, each with its own sequence number.
 *
 * @remarks
 * With `regularPerformance = true` the main-task scoring is optional (WVA-005), so zero tasks
 * is accepted then; more than five never is.
 */
export const WVA_002 = defineRule<WageValueAssessment>({
  id: 'WVA-002',
  appliesTo: ['WageValueAssessment'],
  severity: 'error',
  titleNl: 'Eén tot vijf hoofdtaken',
  titleEn: 'One to five main tasks',
  source: 'R6; R7',
  check(a) {
    let out: RuleFinding[] | undefined;
    const n = a.mainTasks.length;
    if (n > 5 || (n === 0 && !a.regularPerformance))
      (out ??= []).push(
        finding(
          ['mainTasks'],
          `Er zijn ${n} hoofdtaken; dat moeten er 1 tot en met 5 zijn.`,
          `There are ${n} main tasks; there must be 1 to 5.`,
          {
            code: 'WVA-002.count',
          },
        ),
      );
    const seen = new Set<number>();
    a.mainTasks.forEach((t, i) => {
      if (seen.has(t.seq))
        (out ??= []).push(
          finding(
            ['mainTasks', i, 'seq'],
            `Volgnummer ${t.seq} komt meer dan eens voor.`,
            `Sequence number ${t.seq} occurs more than once.`,
            {
              code: 'WVA-002.seq',
            },
          ),
        );
      seen.add(t.seq);
    });
    return out ?? NO_FINDINGS;
  },
});
