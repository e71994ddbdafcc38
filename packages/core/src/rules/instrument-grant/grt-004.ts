import { defineRule } from '../rule.js';

/**
 * GRT-004: an LKS grant that is granted or active rests on a wage value below 100 %, taken
 * from an established wage-value assessment unless the municipality agreed to skip the
 * measurement (the grant-document form of INS-002 and INS-009).
 */
export const GRT_004 = defineRule({
  id: 'GRT-004',
  appliesTo: 'InstrumentGrant',
  severity: 'error',
  titleNl: 'Een toegekende loonkostensubsidie rust op een loonwaarde onder 100% uit een vastgestelde meting',
  titleEn: 'A granted wage-cost subsidy rests on a wage value below 100% from an established assessment',
  source: 'R4, R10, R15 (INS-002, INS-009)',
  messages: {
    noWageValue: { nl: 'Geef de loonwaarde waarop de subsidie is toegekend.', en: 'Give the wage value the subsidy was granted on.' },
    atLeast100: {
      nl: 'Geen loonkostensubsidie bij een loonwaarde van 100% of meer.',
      en: 'No wage-cost subsidy at a wage value of 100% or more.',
    },
    noAssessment: {
      nl: 'Verwijs naar de vastgestelde loonwaardebepaling, of geef aan dat is afgesproken zonder meting toe te kennen.',
      en: 'Refer to the established wage-value assessment, or state that granting without a measurement was agreed.',
    },
  },
  check(grant, ctx) {
    if (grant.instrument !== 'LKS' || (grant.status !== 'GRANTED' && grant.status !== 'ACTIVE')) return;
    if (grant.wageValuePct === undefined) ctx.report(['wageValuePct'], 'noWageValue');
    else if (grant.wageValuePct >= 100) ctx.report(['wageValuePct'], 'atLeast100');
    if (grant.wageValueAssessmentId === undefined && grant.skipMeasurementAgreed !== true)
      ctx.report(['wageValueAssessmentId'], 'noAssessment');
  },
});
