import { confidentialityRank } from '../../codelists/confidentiality-level.js';
import { ALL_DOCUMENT_TYPES } from '../document-types.js';
import { defineRule } from '../rule.js';

/**
 * PRV-005: a record's confidentiality is not below the floor of its document type (brief
 * §9.3), taken from each definition's `confidentialityFloor` so that a changed floor is a
 * data change of the definition.
 */
export const PRV_005 = defineRule({
  id: 'PRV-005',
  appliesTo: ALL_DOCUMENT_TYPES,
  severity: 'error',
  titleNl: 'Vertrouwelijkheid niet lager dan de ondergrens van de documentsoort',
  titleEn: 'Confidentiality not below the floor of the document type',
  source: 'R43; brief §9.3',
  reads: [['confidentiality']],
  messages: {
    belowFloor: {
      nl: (p: { level: string; floor: string }) =>
        `Vertrouwelijkheid ${p.level} is lager dan de ondergrens ${p.floor} voor dit soort document.`,
      en: (p: { level: string; floor: string }) => `Confidentiality ${p.level} is below the floor ${p.floor} for this document type.`,
    },
  },
  check(doc, ctx) {
    const floor = ctx.definition.confidentialityFloor;
    if (confidentialityRank(doc.confidentiality) < confidentialityRank(floor))
      ctx.report(['confidentiality'], 'belowFloor', { level: doc.confidentiality, floor });
  },
});
