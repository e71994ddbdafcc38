import { defineRule } from '../rule.js';
import { grantPath, placementEnd } from './internal.js';

/**
 * INS-018: a grant's period lies within the placement period: not before the start, not after
 * the (actual, else planned) end, and not open-ended when the placement has an end.
 * Rejected grants are included: their period is still part of the record.
 */
export const INS_018 = defineRule({
  id: 'INS-018',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Periode van de voorziening ligt binnen de plaatsingsperiode',
  titleEn: 'Grant period lies within the placement period',
  source: 'Brief §4.8',
  messages: {
    startsBefore: {
      nl: (p: { from: string; start: string }) => `De voorziening begint (${p.from}) vóór de plaatsing (${p.start}).`,
      en: (p: { from: string; start: string }) => `The grant starts (${p.from}) before the placement (${p.start}).`,
    },
    endsAfter: {
      nl: (p: { end: string }) => `De voorziening loopt door na het einde van de plaatsing (${p.end}).`,
      en: (p: { end: string }) => `The grant runs beyond the end of the placement (${p.end}).`,
    },
  },
  check(placement, ctx) {
    const end = placementEnd(placement);
    (placement.instruments ?? []).forEach((grant, index) => {
      if (grant.period.from < placement.startDate)
        ctx.report(grantPath(index, 'period', 'from'), 'startsBefore', { from: grant.period.from, start: placement.startDate });
      if (end !== undefined && (grant.period.to === undefined || grant.period.to > end))
        ctx.report(grantPath(index, 'period', 'to'), 'endsAfter', { end });
    });
  },
});
