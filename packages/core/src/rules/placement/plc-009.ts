import { LENDING_PLACEMENT_TYPES } from '../../codelists/placement-type.js';
import type { Placement } from '../../documents/placement.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * PLC-009: for secondment and agency work the job counts for the hirer (*inlener*), not for
 * the contracting employer (the agency or SW company).
 *
 * @remarks
 * A missing counting employer, or one that equals the lender, is PLC-001; this rule reports a
 * counting employer that equals the contracting employer.
 */
export const PLC_009 = defineRule<Placement>({
  id: 'PLC-009',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Bij detachering en uitzending telt de baan bij de inlener',
  titleEn: 'Secondment and agency work count for the hirer',
  source: 'R27',
  check(p) {
    const ce = p.countingEmployer;
    if (!LENDING_PLACEMENT_TYPES.includes(p.type) || !ce || ce.kvkNumber !== p.employer.kvkNumber) return NO_FINDINGS;
    if (p.lender?.scheme === 'KVK' && p.lender.value === ce.kvkNumber) return NO_FINDINGS; // reported by PLC-001
    return [
      finding(
        ['countingEmployer', 'kvkNumber'],
        'De baan telt bij de inlener, niet bij de werkgever die de werknemer uitleent.',
        'The job counts for the hirer, not for the employer that lends the worker.',
      ),
    ];
  },
});
