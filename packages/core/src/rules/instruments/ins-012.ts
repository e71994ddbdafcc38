import { countsForJobAgreement } from '../../codelists/target-group-basis.js';
import { endOfMonthsInclusive } from '../../reference-data/internal/iso-date.js';
import { defineRule } from '../rule.js';
import { grantPath } from './internal.js';

const MAX_YEARS_OTHERS = 5;

/**
 * INS-012 (information): the no-risk policy is not applied for: it applies automatically to
 * register members who started on or after 2015-01-01 (and Wajong, Wsw outside an SW company).
 * It lasts while employed for the banenafspraak group, Wajong, Wsw and sheltered work, else at
 * most 5 years.
 *
 * @remarks
 * The groups that keep it while employed are those whose basis counts for the banenafspraak
 * (which includes Wajong and Wsw) and sheltered-work placements; without register data the
 * duration is not judged.
 */
export const INS_012 = defineRule({
  id: 'INS-012',
  appliesTo: 'Placement',
  severity: 'information',
  titleNl: 'No-riskpolis: geen aanvraag nodig; duur zolang in dienst of hoogstens 5 jaar',
  titleEn: 'No-risk policy: no application; lasts while employed or at most 5 years',
  source: 'R20',
  messages: {
    automatic: {
      nl: 'De no-riskpolis hoeft niet te worden aangevraagd: die geldt automatisch; leg hem vast als actief.',
      en: 'The no-risk policy is not applied for: it applies automatically; record it as active.',
    },
    tooLong: {
      nl: (p: { limit: string }) => `Voor deze doelgroep loopt de no-riskpolis hoogstens ${MAX_YEARS_OTHERS} jaar (tot en met ${p.limit}).`,
      en: (p: { limit: string }) => `For this target group the no-risk policy lasts at most ${MAX_YEARS_OTHERS} years (up to ${p.limit}).`,
    },
  },
  check(placement, ctx) {
    const basis = placement.candidate.targetGroup?.basis;
    for (const { grant, index } of ctx.facts.liveGrantsOf('NO_RISK_POLICY')) {
      if (grant.appliedOn !== undefined || grant.status === 'REQUESTED' || grant.status === 'UNDER_ASSESSMENT')
        ctx.report(grantPath(index, grant.appliedOn !== undefined ? 'appliedOn' : 'status'), 'automatic');
      if (basis === undefined || countsForJobAgreement(basis) || placement.type === 'SHELTERED_WORK') continue;
      const limit = endOfMonthsInclusive(placement.startDate, MAX_YEARS_OTHERS * 12);
      if (grant.period.to === undefined || grant.period.to > limit) ctx.report(grantPath(index, 'period', 'to'), 'tooLong', { limit });
    }
  },
});
