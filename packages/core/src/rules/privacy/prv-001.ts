import { defineRule } from '../rule.js';

/**
 * PRV-001: a BSN is only present together with a statutory processing basis
 * (`bsnProcessingBasis`). Consent is not a basis (UAVG art. 46) and is not in the code list.
 * The message never contains the BSN.
 */
export const PRV_001 = defineRule({
  id: 'PRV-001',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'BSN alleen met een wettelijke grondslag voor verwerking',
  titleEn: 'BSN only with a statutory processing basis',
  source: 'R32',
  messages: {
    noBasis: {
      nl: 'Een BSN mag alleen worden vastgelegd met een wettelijke grondslag; toestemming is geen grondslag.',
      en: 'A BSN may only be recorded with a statutory basis; consent is not a basis.',
    },
  },
  check(placement, ctx) {
    const identity = placement.candidate.identity;
    if (identity && identity.bsnProcessingBasis === undefined) ctx.report(['candidate', 'identity', 'bsnProcessingBasis'], 'noBasis');
  },
});
