import { isLegacyWageValueMethod } from '../../codelists/wage-value-method.js';
import { defineRule } from '../rule.js';

/**
 * WVA-014: the component deployability (*inzetbaarheid*) belongs to legacy methods only; the
 * uniform method measures pace, quality and net working time.
 */
export const WVA_014 = defineRule({
  id: 'WVA-014',
  appliesTo: 'WageValueAssessment',
  severity: 'error',
  titleNl: 'Inzetbaarheid alleen bij oude loonwaardemethoden',
  titleEn: 'DEPLOYABILITY only with legacy methods',
  source: 'R8',
  reads: [['method'], ['components'], ['mainTasks']],
  messages: {
    notInMethod: {
      nl: (p: { method: string }) => `Inzetbaarheid is geen component van methode ${p.method}; alleen oude methoden gebruiken haar.`,
      en: (p: { method: string }) => `Deployability is not a component of method ${p.method}; only legacy methods use it.`,
    },
  },
  check(assessment, ctx) {
    const { method } = assessment;
    if (isLegacyWageValueMethod(method)) return;
    const j = assessment.components?.indexOf('DEPLOYABILITY') ?? -1;
    if (j >= 0) ctx.report(['components', j], 'notInMethod', { method });
    assessment.mainTasks.forEach((task, i) => {
      if (task.deployabilityPct !== undefined) ctx.report(['mainTasks', i, 'deployabilityPct'], 'notInMethod', { method });
    });
  },
});
