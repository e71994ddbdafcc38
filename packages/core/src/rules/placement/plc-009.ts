import { LENDING_PLACEMENT_TYPES } from '../../codelists/placement-type.js';
import { defineRule } from '../rule.js';

/**
 * PLC-009: for secondment and agency work the job counts for the hirer (*inlener*), not for
 * the contracting employer (the agency or SW company).
 *
 * @remarks
 * A missing counting employer, or one that equals the lender, is PLC-001; this rule reports a
 * counting employer that equals the contracting employer.
 */
export const PLC_009 = defineRule({
  id: 'PLC-009',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Bij detachering en uitzending telt de baan bij de inlener',
  titleEn: 'Secondment and agency work count for the hirer',
  source: 'R27',
  reads: [['type'], ['countingEmployer'], ['employer'], ['lender']],
  messages: {
    countsForLender: {
      nl: 'De baan telt bij de inlener, niet bij de werkgever die de werknemer uitleent.',
      en: 'The job counts for the hirer, not for the employer that lends the worker.',
    },
  },
  check(placement, ctx) {
    const hirer = placement.countingEmployer;
    if (!LENDING_PLACEMENT_TYPES.includes(placement.type) || !hirer || hirer.kvkNumber !== placement.employer.kvkNumber) return;
    if (placement.lender?.scheme === 'KVK' && placement.lender.value === hirer.kvkNumber) return; // reported by PLC-001
    ctx.report(['countingEmployer', 'kvkNumber'], 'countsForLender');
  },
});
