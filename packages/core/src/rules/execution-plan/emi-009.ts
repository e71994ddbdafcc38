import { defineRule } from '../rule.js';

/**
 * EMI-009: no process step may require an employer instruction: it is voluntary and owned by
 * the employee.
 *
 * @remarks
 * This module checks the process steps of an execution plan. Placements and grants are
 * checked by the placement and instrument rule groups.
 */
export const EMI_009 = defineRule({
  id: 'EMI-009',
  appliesTo: 'ExecutionPlan',
  severity: 'error',
  titleNl: 'Geen processtap mag een werkgeversinstructie verplicht stellen',
  titleEn: 'No process step may require an employer instruction',
  source: 'S1',
  reads: [['processSteps']],
  messages: {
    required: {
      nl: (p: { step: string }) => `Processtap ${p.step} mag geen werkgeversinstructie eisen: de werknemer stelt die vrijwillig op.`,
      en: (p: { step: string }) => `Process step ${p.step} may not require an employer instruction: the employee draws it up voluntarily.`,
    },
  },
  check(plan, ctx) {
    plan.processSteps.forEach((ps, i) => {
      if (ps.requiresEmployerInstruction === true)
        ctx.report(['processSteps', i, 'requiresEmployerInstruction'], 'required', { step: ps.step });
    });
  },
});
