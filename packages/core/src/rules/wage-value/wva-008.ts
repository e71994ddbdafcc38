import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * WVA-008: an assessment with the uniform method is done by a certified assessor (error), who
 * has a relevant HBO/WO degree or equivalent and at least two years of experience (warning
 * when `qualified` is false; not judged when absent).
 */
export const WVA_008 = defineRule<WageValueAssessment>({
  id: 'WVA-008',
  appliesTo: ['WageValueAssessment'],
  severity: 'error',
  titleNl: 'Uniforme methode: gecertificeerde en gekwalificeerde loonwaardedeskundige',
  titleEn: 'Uniform method: certified and qualified assessor',
  source: 'R5; R8',
  check(a) {
    if (a.method !== 'UNIFORM_2021') return NO_FINDINGS;
    let out: RuleFinding[] | undefined;
    if (!a.assessor.certified)
      (out ??= []).push(
        finding(
          ['assessor', 'certified'],
          'Bij de uniforme loonwaardemethode moet de loonwaardedeskundige gecertificeerd zijn.',
          'With the uniform wage-value method the assessor must be certified.',
          { code: 'WVA-008.certified' },
        ),
      );
    if (a.assessor.qualified === false)
      (out ??= []).push(
        finding(
          ['assessor', 'qualified'],
          'De loonwaardedeskundige heeft geen relevante hbo/wo-opleiding (of gelijkwaardig) met minstens 2 jaar ervaring.',
          'The assessor lacks a relevant HBO/WO degree (or equivalent) with at least 2 years of experience.',
          { severity: 'warning', code: 'WVA-008.qualified' },
        ),
      );
    return out ?? NO_FINDINGS;
  },
});
