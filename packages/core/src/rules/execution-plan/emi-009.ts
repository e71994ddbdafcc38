import type { ExecutionPlan } from '../../documents/execution-plan.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * EMI-009: no process step may require an employer instruction: it is voluntary and owned by
 * the employee.
 *
 * @remarks
 * This module checks the process steps of an execution plan. Placements and grants are
 * checked by the placement and instrument rule groups.
 */
export const EMI_009 = defineRule<ExecutionPlan>({
  id: 'EMI-009',
  appliesTo: ['ExecutionPlan'],
  severity: 'error',
  titleNl: 'Geen processtap mag een werkgeversinstructie verplicht stellen',
  titleEn: 'No process step may require an employer instruction',
  source: 'S1',
  check(plan) {
    let out: RuleFinding[] | undefined;
    const steps = plan.processSteps;
    for (let i = 0; i < steps.length; i++) {
      const ps = steps[i]!;
      if (ps.requiresEmployerInstruction === true)
        (out ??= []).push(
          finding(
            ['processSteps', i, 'requiresEmployerInstruction'],
            `Processtap ${ps.step} mag geen werkgeversinstructie eisen: de werknemer stelt die vrijwillig op.`,
            `Process step ${ps.step} may not require an employer instruction: the employee draws it up voluntarily.`,
          ),
        );
    }
    return out ?? NO_FINDINGS;
  },
});
