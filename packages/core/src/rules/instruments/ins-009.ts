import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, liveGrants, GRANTS_LKS } from './internal.js';

/**
 * INS-009: a granted LKS rests on an established wage-value assessment, or the municipality
 * agreed to grant without a measurement. (The fixed rate is its own instrument, INS-006.)
 *
 * @remarks
 * The grant can show a link to the assessment (`wageValueAssessmentId`), not its status:
 * that the linked assessment is `ESTABLISHED` is for whoever resolves the link.
 */
export const INS_009 = defineRule<Placement>({
  id: 'INS-009',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Loonkostensubsidie vraagt een vastgestelde loonwaarde, of afgesproken afzien van meten',
  titleEn: 'LKS needs an established wage-value assessment or an agreement to skip measurement',
  source: 'R4, R15',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    for (const { grant: g, index } of liveGrants(p, GRANTS_LKS, ctx)) {
      if (
        (g.status === 'GRANTED' || g.status === 'ACTIVE' || g.status === 'ENDED') &&
        !g.wageValueAssessmentId &&
        g.skipMeasurementAgreed !== true
      )
        (out ??= []).push(
          finding(
            grantPath(index, 'wageValueAssessmentId'),
            'Verwijs naar de vastgestelde loonwaardebepaling, of leg vast dat de gemeente afziet van meten.',
            'Link the established wage-value assessment, or record that the municipality agreed to skip the measurement.',
          ),
        );
    }
    return out ?? NO_FINDINGS;
  },
});
