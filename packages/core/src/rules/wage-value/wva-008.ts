import { defineRule } from '../rule.js';

/**
 * WVA-008: an assessment with the uniform method is done by a certified assessor (error), who
 * has a relevant HBO/WO degree or equivalent and at least two years of experience (warning
 * when `qualified` is false; not judged when absent).
 */
export const WVA_008 = defineRule({
  id: 'WVA-008',
  appliesTo: 'WageValueAssessment',
  severity: 'error',
  otherSeverities: ['warning'],
  titleNl: 'Uniforme methode: gecertificeerde en gekwalificeerde loonwaardedeskundige',
  titleEn: 'Uniform method: certified and qualified assessor',
  source: 'R5; R8',
  reads: [['method'], ['assessor']],
  messages: {
    certified: {
      nl: 'Bij de uniforme loonwaardemethode moet de loonwaardedeskundige gecertificeerd zijn.',
      en: 'With the uniform wage-value method the assessor must be certified.',
    },
    qualified: {
      nl: 'De loonwaardedeskundige heeft geen relevante hbo/wo-opleiding (of gelijkwaardig) met minstens 2 jaar ervaring.',
      en: 'The assessor lacks a relevant HBO/WO degree (or equivalent) with at least 2 years of experience.',
    },
  },
  check(assessment, ctx) {
    if (assessment.method !== 'UNIFORM_2021') return;
    if (!assessment.assessor.certified) ctx.report(['assessor', 'certified'], 'certified', undefined, { code: 'WVA-008.certified' });
    if (assessment.assessor.qualified === false)
      ctx.report(['assessor', 'qualified'], 'qualified', undefined, { severity: 'warning', code: 'WVA-008.qualified' });
  },
});
