import { isLegacyWageValueMethod, UNIFORM_METHOD_FROM } from '../../codelists/wage-value-method.js';
import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * WVA-007: a company visit on or after 2021-07-01 for wage-cost subsidy (purpose `LKS`) uses the
 * uniform method; legacy methods are only valid for visits before that date, and the uniform
 * method did not exist before it.
 */
export const WVA_007 = defineRule<WageValueAssessment>({
  id: 'WVA-007',
  appliesTo: ['WageValueAssessment'],
  severity: 'error',
  titleNl: 'Uniforme loonwaardemethode voor loonkostensubsidie vanaf 1 juli 2021; oude methoden alleen daarvóór',
  titleEn: 'Uniform method for LKS from 2021-07-01; legacy methods only before',
  source: 'R8',
  check(a) {
    const after = a.companyVisitOn >= UNIFORM_METHOD_FROM;
    if (after && isLegacyWageValueMethod(a.method))
      return [
        finding(
          ['method'],
          `Methode ${a.method} mag alleen voor bezoeken vóór ${UNIFORM_METHOD_FROM}; gebruik de uniforme loonwaardemethode.`,
          `Method ${a.method} is only valid for visits before ${UNIFORM_METHOD_FROM}; use the uniform wage-value method.`,
          { code: 'WVA-007.legacy' },
        ),
      ];
    if (after && a.purpose === 'LKS' && a.method !== 'UNIFORM_2021')
      return [
        finding(
          ['method'],
          `Voor loonkostensubsidie is vanaf ${UNIFORM_METHOD_FROM} de uniforme loonwaardemethode verplicht, niet ${a.method}.`,
          `For wage-cost subsidy the uniform method is mandatory from ${UNIFORM_METHOD_FROM}, not ${a.method}.`,
          { code: 'WVA-007.uniform' },
        ),
      ];
    if (!after && a.method === 'UNIFORM_2021')
      return [
        finding(
          ['method'],
          `De uniforme loonwaardemethode bestaat pas vanaf ${UNIFORM_METHOD_FROM}.`,
          `The uniform wage-value method exists only from ${UNIFORM_METHOD_FROM}.`,
          { code: 'WVA-007.too-early' },
        ),
      ];
    return NO_FINDINGS;
  },
});
