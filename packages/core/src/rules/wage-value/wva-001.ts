import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/** WVA-001: the wage value is a whole percentage from 0 to 100. */
export const WVA_001 = defineRule<WageValueAssessment>({
  id: 'WVA-001',
  appliesTo: ['WageValueAssessment'],
  severity: 'error',
  titleNl: 'Loonwaarde is een geheel percentage van 0 tot en met 100',
  titleEn: 'Wage value is a whole percentage from 0 to 100',
  source: 'R7',
  check(a) {
    const v = a.wageValuePct;
    if (Number.isInteger(v) && v >= 0 && v <= 100) return NO_FINDINGS;
    return [
      finding(
        ['wageValuePct'],
        'De loonwaarde is een geheel percentage van 0 tot en met 100 (afgerond op hele procenten).',
        'The wage value is a whole percentage from 0 to 100 (rounded to whole percent).',
      ),
    ];
  },
});
