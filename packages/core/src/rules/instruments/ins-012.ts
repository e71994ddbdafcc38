import { endOfMonthsInclusive } from '../../reference-data/internal/iso-date.js';
import { countsForJobAgreement } from '../../codelists/target-group-basis.js';
import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, liveGrants } from './internal.js';

const MAX_YEARS_OTHERS = 5;

const GRANTS_NO_RISK_POLICY = ['NO_RISK_POLICY'] as const;

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
export const INS_012 = defineRule<Placement>({
  id: 'INS-012',
  appliesTo: ['Placement'],
  severity: 'information',
  titleNl: 'No-riskpolis: geen aanvraag nodig; duur zolang in dienst of hoogstens 5 jaar',
  titleEn: 'No-risk policy: no application; lasts while employed or at most 5 years',
  source: 'R20',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    const basis = p.candidate.targetGroup?.basis;
    for (const { grant: g, index } of liveGrants(p, GRANTS_NO_RISK_POLICY, ctx)) {
      if (g.appliedOn !== undefined || g.status === 'REQUESTED' || g.status === 'UNDER_ASSESSMENT')
        (out ??= []).push(
          finding(
            grantPath(index, g.appliedOn !== undefined ? 'appliedOn' : 'status'),
            'De no-riskpolis hoeft niet te worden aangevraagd: die geldt automatisch; leg hem vast als actief.',
            'The no-risk policy is not applied for: it applies automatically; record it as active.',
          ),
        );
      if (basis === undefined || countsForJobAgreement(basis) || p.type === 'SHELTERED_WORK') continue;
      const limit = endOfMonthsInclusive(p.startDate, MAX_YEARS_OTHERS * 12);
      if (g.period.to === undefined || g.period.to > limit)
        (out ??= []).push(
          finding(
            grantPath(index, 'period', 'to'),
            `Voor deze doelgroep loopt de no-riskpolis hoogstens ${MAX_YEARS_OTHERS} jaar (tot en met ${limit}).`,
            `For this target group the no-risk policy lasts at most ${MAX_YEARS_OTHERS} years (up to ${limit}).`,
          ),
        );
    }
    return out ?? NO_FINDINGS;
  },
});
