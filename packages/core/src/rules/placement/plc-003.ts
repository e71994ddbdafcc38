import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/** PLC-003: a placement has hours (> 0) and does not end before it starts. */
export const PLC_003 = defineRule<Placement>({
  id: 'PLC-003',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Uren per week groter dan 0; einddatum niet vóór de startdatum',
  titleEn: 'hoursPerWeek > 0; end date not before the start date',
  source: 'Brief §7.3',
  check(p) {
    let out: RuleFinding[] | undefined;
    if (!(p.hoursPerWeek > 0))
      (out ??= []).push(finding(['hoursPerWeek'], 'Uren per week moet groter zijn dan 0.', 'Hours per week must be greater than 0.'));
    for (const key of ['actualEndDate', 'plannedEndDate'] as const) {
      const end = p[key];
      if (end !== undefined && end < p.startDate)
        (out ??= []).push(
          finding(
            [key],
            `${key === 'actualEndDate' ? 'Werkelijke' : 'Geplande'} einddatum ${end} ligt vóór de startdatum ${p.startDate}.`,
            `${key === 'actualEndDate' ? 'Actual' : 'Planned'} end date ${end} is before the start date ${p.startDate}.`,
          ),
        );
    }
    return out ?? NO_FINDINGS;
  },
});
