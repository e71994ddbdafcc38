import { defineRule } from '../rule.js';

/**
 * WVA-011: a first assessment is held with a face-to-face conversation (AKC guidance).
 *
 * @remarks
 * An assessment is first when `firstAssessment` says so, or, when that is absent, when it
 * does not supersede an earlier one.
 */
export const WVA_011 = defineRule({
  id: 'WVA-011',
  appliesTo: 'WageValueAssessment',
  severity: 'warning',
  titleNl: 'Eerste loonwaardebepaling zonder persoonlijk gesprek',
  titleEn: 'First assessment without a face-to-face conversation',
  source: 'R7',
  reads: [['firstAssessment'], ['supersedes'], ['faceToFace']],
  messages: {
    noConversation: {
      nl: 'Bij een eerste loonwaardebepaling hoort een persoonlijk gesprek met de werknemer.',
      en: 'A first wage-value assessment should include a face-to-face conversation with the employee.',
    },
  },
  check(assessment, ctx) {
    const first = assessment.firstAssessment ?? assessment.supersedes === undefined;
    if (first && !assessment.faceToFace) ctx.report(['faceToFace'], 'noConversation');
  },
});
