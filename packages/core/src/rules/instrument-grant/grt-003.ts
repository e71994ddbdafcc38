import { defineRule } from '../rule.js';

/**
 * GRT-003: the grant period lies within the period of its placement, as INS-018 requires of a
 * grant nested in a placement. Checked against the copy of the placement period the grant
 * carries (`placementPeriod`); without it there is nothing to compare.
 */
export const GRT_003 = defineRule({
  id: 'GRT-003',
  appliesTo: 'InstrumentGrant',
  severity: 'error',
  titleNl: 'De periode van de voorziening ligt binnen de plaatsingsperiode',
  titleEn: 'The grant period lies within the placement period',
  source: 'Brief §4.8 (INS-018)',
  messages: {
    startsBefore: {
      nl: (p: { start: string }) => `De voorziening begint vóór de plaatsing (${p.start}).`,
      en: (p: { start: string }) => `The grant starts before the placement (${p.start}).`,
    },
    endsAfter: {
      nl: (p: { end: string }) => `De voorziening loopt door na het einde van de plaatsing (${p.end}).`,
      en: (p: { end: string }) => `The grant runs on after the placement ends (${p.end}).`,
    },
  },
  check(grant, ctx) {
    const placement = grant.placementPeriod;
    if (placement === undefined) return;
    if (grant.period.from < placement.from) ctx.report(['period', 'from'], 'startsBefore', { start: placement.from });
    if (placement.to !== undefined && (grant.period.to === undefined || grant.period.to > placement.to))
      ctx.report(['period', 'to'], 'endsAfter', { end: placement.to });
  },
});
