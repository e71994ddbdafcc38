import { defineRule } from '../rule.js';
import { grantPath } from './internal.js';

/**
 * INS-009: a granted LKS rests on an established wage-value assessment, or the municipality
 * agreed to grant without a measurement. (The fixed rate is its own instrument, INS-006.)
 *
 * @remarks
 * The grant can show a link to the assessment (`wageValueAssessmentId`), not its status:
 * that the linked assessment is `ESTABLISHED` is for whoever resolves the link.
 */
export const INS_009 = defineRule({
  id: 'INS-009',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Loonkostensubsidie vraagt een vastgestelde loonwaarde, of afgesproken afzien van meten',
  titleEn: 'LKS needs an established wage-value assessment or an agreement to skip measurement',
  source: 'R4, R15',
  messages: {
    noAssessment: {
      nl: 'Verwijs naar de vastgestelde loonwaardebepaling, of leg vast dat de gemeente afziet van meten.',
      en: 'Link the established wage-value assessment, or record that the municipality agreed to skip the measurement.',
    },
  },
  check(_placement, ctx) {
    for (const { grant, index } of ctx.facts.liveGrantsOf('LKS')) {
      const granted = grant.status === 'GRANTED' || grant.status === 'ACTIVE' || grant.status === 'ENDED';
      if (granted && !grant.wageValueAssessmentId && grant.skipMeasurementAgreed !== true)
        ctx.report(grantPath(index, 'wageValueAssessmentId'), 'noAssessment');
    }
  },
});
