import type { ExecutionPlan } from '../../documents/execution-plan.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * CNT-002: targets and the counts they are compared with use the same unit.
 *
 * @remarks
 * Counts are not part of the plan; the plan states the units in which progress is counted in
 * `reporting.countedIn`. Every target must use one of them. Without `countedIn` there is
 * nothing to compare and the rule passes.
 */
export const CNT_002 = defineRule<ExecutionPlan>({
  id: 'CNT-002',
  appliesTo: ['ExecutionPlan'],
  severity: 'error',
  titleNl: 'Taakstellingen en tellingen gebruiken dezelfde eenheid',
  titleEn: 'Targets and counts use the same unit',
  source: 'Brief §10.2',
  check(plan) {
    const counted = plan.reporting?.countedIn;
    if (!counted) return NO_FINDINGS;
    let out: RuleFinding[] | undefined;
    const targets = plan.targets;
    for (let j = 0; j < targets.length; j++) {
      const t = targets[j]!;
      if ((counted as readonly string[]).includes(t.unit)) continue;
      (out ??= []).push(
        finding(
          ['targets', j, 'unit'],
          `Taakstelling in ${t.unit}, maar de voortgang wordt geteld in ${counted.join(', ') || '(geen eenheid)'}.`,
          `Target in ${t.unit}, but progress is counted in ${counted.join(', ') || '(no unit)'}.`,
        ),
      );
    }
    return out ?? NO_FINDINGS;
  },
});
