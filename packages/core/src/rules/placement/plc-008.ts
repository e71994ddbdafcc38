import { PlacementTypeList, UNPAID_PLACEMENT_TYPES } from '../../codelists/placement-type.js';
import type { Placement } from '../../documents/placement.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * PLC-008: trial placements, internships and work-experience places produce no paid hours, so
 * they never count toward the banenafspraak.
 *
 * @remarks
 * What the placement can show is a job equivalent: on these types it must be absent or 0.
 */
export const PLC_008 = defineRule<Placement>({
  id: 'PLC-008',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Proefplaatsing, stage en werkervaringsplek leveren geen verloonde uren voor de telling',
  titleEn: 'Trial placements, internships and work experience produce no paid hours for counting',
  source: 'Derived from R26',
  check(p) {
    if (!UNPAID_PLACEMENT_TYPES.includes(p.type) || !p.jobEquivalent) return NO_FINDINGS;
    return [
      finding(
        ['jobEquivalent'],
        `Een ${PlacementTypeList.label(p.type, 'nl').toLowerCase()} levert geen verloonde uren op en telt niet mee; laat het baanequivalent weg.`,
        `A placement of type ${PlacementTypeList.label(p.type, 'en').toLowerCase()} produces no paid hours and does not count; leave out the job equivalent.`,
      ),
    ];
  },
});
