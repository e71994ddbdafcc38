import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * WVA-012: the reassessment date has passed (before the reference date `asOf`) and no newer
 * assessment replaced this one.
 *
 * @remarks
 * No statutory interval was found; the due date is whatever the parties set.
 */
export const WVA_012 = defineRule<WageValueAssessment>({
  id: 'WVA-012',
  appliesTo: ['WageValueAssessment'],
  severity: 'warning',
  titleNl: 'Herbeoordeling is verlopen zonder nieuwere loonwaardebepaling',
  titleEn: 'Reassessment due date passed without a newer assessment',
  source: 'R15',
  check(a, ctx) {
    if (a.reassessmentDue === undefined || a.reassessmentDue >= ctx.asOf) return NO_FINDINGS;
    if (a.status === 'SUPERSEDED' || a.status === 'CANCELLED' || a.supersededBy !== undefined) return NO_FINDINGS;
    return [
      finding(
        ['reassessmentDue'],
        `De herbeoordeling was uiterlijk ${a.reassessmentDue} gepland en er is nog geen nieuwere loonwaardebepaling.`,
        `Reassessment was due by ${a.reassessmentDue} and there is no newer assessment yet.`,
      ),
    ];
  },
});
