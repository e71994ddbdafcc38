import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/** Minimum time share of a main task: 1/16 of the weekly working time. */
const MIN_SHARE_PCT = 6.25;

/**
 * WVA-004: each main task takes at least 6.25% (1/16) of the working time.
 *
 * @remarks
 * The other criterion (at least 30 minutes a day) needs a work schedule, which the report
 * does not carry.
 */
export const WVA_004 = defineRule<WageValueAssessment>({
  id: 'WVA-004',
  appliesTo: ['WageValueAssessment'],
  severity: 'warning',
  titleNl: 'Elke hoofdtaak beslaat minstens 6,25% van de werktijd',
  titleEn: 'Each main task takes at least 6.25% of working time',
  source: 'R4',
  check(a) {
    let out: RuleFinding[] | undefined;
    const tasks = a.mainTasks;
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i]!;
      if (t.timeSharePct < MIN_SHARE_PCT)
        (out ??= []).push(
          finding(
            ['mainTasks', i, 'timeSharePct'],
            `Hoofdtaak ${t.seq} beslaat ${t.timeSharePct}% van de werktijd; een hoofdtaak is minstens 6,25% (1/16).`,
            `Main task ${t.seq} takes ${t.timeSharePct}% of working time; a main task takes at least 6.25% (1/16).`,
          ),
        );
    }
    return out ?? NO_FINDINGS;
  },
});
