import type { PartnershipAgreement } from '../../documents/partnership-agreement.js';
import { defineRule, finding } from '../rule.js';

/** AGR-005: every declaration of intent states its signing level (bestuurlijk or ambtelijk). */
export const AGR_005 = defineRule<PartnershipAgreement>({
  id: 'AGR-005',
  appliesTo: ['PartnershipAgreement'],
  severity: 'error',
  titleNl: 'Intentieverklaring heeft een ondertekeningsniveau',
  titleEn: 'Declaration of intent has a signing level',
  source: 'S1',
  check(doc) {
    return (doc.declarationsOfIntent ?? []).flatMap((d, i) =>
      d.signingLevel === undefined
        ? [
            finding(
              ['declarationsOfIntent', i, 'signingLevel'],
              'Geef aan of de intentieverklaring bestuurlijk of ambtelijk wordt ondertekend.',
              'State whether the declaration is signed at administrative or official level.',
            ),
          ]
        : [],
    );
  },
});
