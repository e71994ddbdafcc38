import type { ConfidentialityLevel } from '../../codelists/confidentiality-level.js';
import { confidentialityRank } from '../../codelists/confidentiality-level.js';
import type { DocumentType } from '../../common/building-blocks.js';
import { documentDefinitions } from '../../documents/index.js';
import { defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

const floorByType = new Map<DocumentType, ConfidentialityLevel>(documentDefinitions.map((d) => [d.type, d.confidentialityFloor]));

/**
 * PRV-005: a record's confidentiality is not below the floor of its document type (brief
 * §9.3), taken from each definition's `confidentialityFloor` so that a changed floor is a
 * data change of the definition.
 */
export const PRV_005 = defineRule<{ documentType: DocumentType; confidentiality: ConfidentialityLevel }>({
  id: 'PRV-005',
  appliesTo: documentDefinitions.map((d) => d.type),
  severity: 'error',
  titleNl: 'Vertrouwelijkheid niet lager dan de ondergrens van de documentsoort',
  titleEn: 'Confidentiality not below the floor of the document type',
  source: 'R43; brief §9.3',
  check(doc) {
    const floor = floorByType.get(doc.documentType);
    if (floor === undefined || confidentialityRank(doc.confidentiality) >= confidentialityRank(floor)) return NO_FINDINGS;
    return [
      finding(
        ['confidentiality'],
        `Vertrouwelijkheid ${doc.confidentiality} is lager dan de ondergrens ${floor} voor dit soort document.`,
        `Confidentiality ${doc.confidentiality} is below the floor ${floor} for this document type.`,
      ),
    ];
  },
});
