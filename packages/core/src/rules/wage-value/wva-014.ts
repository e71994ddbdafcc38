import { isLegacyWageValueMethod } from '../../codelists/wage-value-method.js';
import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * WVA-014: the component deployability (*inzetbaarheid*) belongs to legacy methods only; the
 * uniform method measures pace, quality and net working time.
 */
export const WVA_014 = defineRule<WageValueAssessment>({
  id: 'WVA-014',
  appliesTo: ['WageValueAssessment'],
  severity: 'error',
  titleNl: 'Inzetbaarheid alleen bij oude loonwaardemethoden',
  titleEn: 'DEPLOYABILITY only with legacy methods',
  source: 'R8',
  check(a) {
    if (isLegacyWageValueMethod(a.method)) return NO_FINDINGS;
    let out: RuleFinding[] | undefined;
    const nl = `Inzetbaarheid is geen component van methode ${a.method}; alleen oude methoden gebruiken haar.`;
    const en = `Deployability is not a component of method ${a.method}; only legacy methods use it.`;
    const j = a.components?.indexOf('DEPLOYABILITY') ?? -1;
    if (j >= 0) (out ??= []).push(finding(['components', j], nl, en));
    a.mainTasks.forEach((t, i) => {
      if (t.deployabilityPct !== undefined) (out ??= []).push(finding(['mainTasks', i, 'deployabilityPct'], nl, en));
    });
    return out ?? NO_FINDINGS;
  },
});
