import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, placementEnd } from './internal.js';

/**
 * INS-018: a grant's period lies within the placement period: not before the start, not after
 * the (actual, else planned) end, and not open-ended when the placement has an end.
 * Rejected grants are included: their period is still part of the record.
 */
export const INS_018 = defineRule<Placement>({
  id: 'INS-018',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Periode van de voorziening ligt binnen de plaatsingsperiode',
  titleEn: 'Grant period lies within the placement period',
  source: 'Brief §4.8',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    const end = placementEnd(p);
    (p.instruments ?? []).forEach((g, index) => {
      if (g.period.from < p.startDate)
        (out ??= []).push(
          finding(
            grantPath(index, 'period', 'from'),
            `De voorziening begint (${g.period.from}) vóór de plaatsing (${p.startDate}).`,
            `The grant starts (${g.period.from}) before the placement (${p.startDate}).`,
          ),
        );
      if (end !== undefined && (g.period.to === undefined || g.period.to > end))
        (out ??= []).push(
          finding(
            grantPath(index, 'period', 'to'),
            `De voorziening loopt door na het einde van de plaatsing (${end}).`,
            `The grant runs beyond the end of the placement (${end}).`,
          ),
        );
    });
    return out ?? NO_FINDINGS;
  },
});
