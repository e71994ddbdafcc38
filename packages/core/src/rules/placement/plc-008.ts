import type { PlacementType } from '../../codelists/placement-type.js';
import { PlacementTypeList, UNPAID_PLACEMENT_TYPES } from '../../codelists/placement-type.js';
import { defineRule } from '../rule.js';

/**
 * PLC-008: trial placements, internships and work-experience places produce no paid hours, so
 * they never count toward the banenafspraak.
 *
 * @remarks
 * What the placement can show is a job equivalent: on these types it must be absent or 0.
 */
export const PLC_008 = defineRule({
  id: 'PLC-008',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Proefplaatsing, stage en werkervaringsplek leveren geen verloonde uren voor de telling',
  titleEn: 'Trial placements, internships and work experience produce no paid hours for counting',
  source: 'Derived from R26',
  messages: {
    unpaid: {
      nl: (p: { type: PlacementType }) =>
        `Een ${PlacementTypeList.label(p.type, 'nl').toLowerCase()} levert geen verloonde uren op en telt niet mee; laat het baanequivalent weg.`,
      en: (p: { type: PlacementType }) =>
        `A placement of type ${PlacementTypeList.label(p.type, 'en').toLowerCase()} produces no paid hours and does not count; leave out the job equivalent.`,
    },
  },
  check(placement, ctx) {
    if (UNPAID_PLACEMENT_TYPES.includes(placement.type) && placement.jobEquivalent)
      ctx.report(['jobEquivalent'], 'unpaid', { type: placement.type });
  },
});
