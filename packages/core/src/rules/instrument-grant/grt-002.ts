import { defineRule } from '../rule.js';

/**
 * GRT-002: the dates of a grant are in order: application on or before the decision, the
 * decision not after the reference date, and the grant period not ending before it starts.
 */
export const GRT_002 = defineRule({
  id: 'GRT-002',
  appliesTo: 'InstrumentGrant',
  severity: 'error',
  titleNl: 'Data van de voorziening op volgorde: aanvraag ≤ besluit ≤ peildatum; periode begin ≤ einde',
  titleEn: 'Grant dates in order: application ≤ decision ≤ reference date; period start ≤ end',
  source: 'Brief §4.8',
  messages: {
    decidedBeforeApplied: { nl: 'Het besluit ligt vóór de aanvraag.', en: 'The decision lies before the application.' },
    decidedInFuture: { nl: 'De besluitdatum ligt in de toekomst.', en: 'The decision date lies in the future.' },
    periodInverted: { nl: 'Het einde van de periode ligt vóór het begin.', en: 'The period ends before it starts.' },
  },
  check(grant, ctx) {
    const { appliedOn, decidedOn, period } = grant;
    if (appliedOn !== undefined && decidedOn !== undefined && decidedOn < appliedOn) ctx.report(['decidedOn'], 'decidedBeforeApplied');
    else if (decidedOn !== undefined && decidedOn > ctx.asOf) ctx.report(['decidedOn'], 'decidedInFuture');
    if (period.to !== undefined && period.to < period.from) ctx.report(['period', 'to'], 'periodInverted');
  },
});
