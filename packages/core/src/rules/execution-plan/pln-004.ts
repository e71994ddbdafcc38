import type { ExecutionPlan } from '../../documents/execution-plan.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/** PLN-004: every instrument in a plan has a financier; every process step exactly one responsible party. */
export const PLN_004 = defineRule<ExecutionPlan>({
  id: 'PLN-004',
  appliesTo: ['ExecutionPlan'],
  severity: 'error',
  titleNl: 'Elk instrument heeft een financier; elke processtap precies één verantwoordelijke',
  titleEn: 'Every instrument has a financier; every process step exactly one responsible party',
  source: 'S1',
  check(plan) {
    let out: RuleFinding[] | undefined;
    plan.instruments.forEach((ins, i) => {
      if (ins.financier === undefined)
        (out ??= []).push(
          finding(
            ['instruments', i, 'financier'],
            `Instrument ${ins.instrument} heeft geen financier.`,
            `Instrument ${ins.instrument} has no financier.`,
            { code: 'PLN-004.financier' },
          ),
        );
    });
    plan.processSteps.forEach((ps, i) => {
      if (ps.responsible.length !== 1)
        (out ??= []).push(
          finding(
            ['processSteps', i, 'responsible'],
            `Processtap ${ps.step} heeft ${ps.responsible.length} verantwoordelijken; dat moet er precies één zijn.`,
            `Process step ${ps.step} has ${ps.responsible.length} responsible parties; there must be exactly one.`,
            { code: 'PLN-004.responsible' },
          ),
        );
    });
    return out ?? NO_FINDINGS;
  },
});
