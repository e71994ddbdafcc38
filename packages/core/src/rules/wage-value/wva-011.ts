import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * WVA-011: a first assessment is held with a face-to-face conversation (AKC guidance).
 *
 * @remarks
 * An assessment is first when `firstAssessment` says so, or, when that is absent, when it
 * does not supersede an earlier one.
 */
export const WVA_011 = defineRule<WageValueAssessment>({
  id: 'WVA-011',
  appliesTo: ['WageValueAssessment'],
  severity: 'warning',
  titleNl: 'Eerste loonwaardebepaling zonder persoonlijk gesprek',
  titleEn: 'First assessment without a face-to-face conversation',
  source: 'R7',
  check(a) {
    const first = a.firstAssessment ?? a.supersedes === undefined;
    if (!first || a.faceToFace) return NO_FINDINGS;
    return [
      finding(
        ['faceToFace'],
        'Bij een eerste loonwaardebepaling hoort een persoonlijk gesprek met de werknemer.',
        'A first wage-value assessment should include a face-to-face conversation with the employee.',
      ),
    ];
  },
});
