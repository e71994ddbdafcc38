import { isLegacyWageValueMethod, UNIFORM_METHOD_FROM } from '../../codelists/wage-value-method.js';
import { defineRule } from '../rule.js';

/**
 * WVA-007: a company visit on or after 2021-07-01 for wage-cost subsidy (purpose `LKS`) uses the
 * uniform method; legacy methods are only valid for visits before that date, and the uniform
 * method did not exist before it.
 */
export const WVA_007 = defineRule({
  id: 'WVA-007',
  appliesTo: 'WageValueAssessment',
  severity: 'error',
  titleNl: 'Uniforme loonwaardemethode voor loonkostensubsidie vanaf 1 juli 2021; oude methoden alleen daarvóór',
  titleEn: 'Uniform method for LKS from 2021-07-01; legacy methods only before',
  source: 'R8',
  reads: [['companyVisitOn'], ['method'], ['purpose']],
  messages: {
    legacy: {
      nl: (p: { method: string }) =>
        `Methode ${p.method} mag alleen voor bezoeken vóór ${UNIFORM_METHOD_FROM}; gebruik de uniforme loonwaardemethode.`,
      en: (p: { method: string }) =>
        `Method ${p.method} is only valid for visits before ${UNIFORM_METHOD_FROM}; use the uniform wage-value method.`,
    },
    uniform: {
      nl: (p: { method: string }) =>
        `Voor loonkostensubsidie is vanaf ${UNIFORM_METHOD_FROM} de uniforme loonwaardemethode verplicht, niet ${p.method}.`,
      en: (p: { method: string }) => `For wage-cost subsidy the uniform method is mandatory from ${UNIFORM_METHOD_FROM}, not ${p.method}.`,
    },
    tooEarly: {
      nl: `De uniforme loonwaardemethode bestaat pas vanaf ${UNIFORM_METHOD_FROM}.`,
      en: `The uniform wage-value method exists only from ${UNIFORM_METHOD_FROM}.`,
    },
  },
  check(assessment, ctx) {
    const { method } = assessment;
    const after = assessment.companyVisitOn >= UNIFORM_METHOD_FROM;
    if (after && isLegacyWageValueMethod(method)) ctx.report(['method'], 'legacy', { method }, { code: 'WVA-007.legacy' });
    else if (after && assessment.purpose === 'LKS' && method !== 'UNIFORM_2021')
      ctx.report(['method'], 'uniform', { method }, { code: 'WVA-007.uniform' });
    else if (!after && method === 'UNIFORM_2021') ctx.report(['method'], 'tooEarly', undefined, { code: 'WVA-007.too-early' });
  },
});
