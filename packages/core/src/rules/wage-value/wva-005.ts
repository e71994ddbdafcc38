import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/** WVA-005: "delivers a regular performance" means a wage value of exactly 100%. */
export const WVA_005 = defineRule<WageValueAssessment>({
  id: 'WVA-005',
  appliesTo: ['WageValueAssessment'],
  severity: 'error',
  titleNl: 'Reguliere prestatie betekent een loonwaarde van 100%',
  titleEn: 'A regular performance means a wage value of 100%',
  source: 'R6',
  check(a) {
    if (!a.regularPerformance || a.wageValuePct === 100) return NO_FINDINGS;
    return [
      finding(
        ['wageValuePct'],
        `Bij een reguliere prestatie is de loonwaarde 100%, niet ${a.wageValuePct}%.`,
        `With a regular performance the wage value is 100%, not ${a.wageValuePct}%.`,
      ),
    ];
  },
});
