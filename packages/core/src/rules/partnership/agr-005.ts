import type { PartnershipAgreement } from '../../documents/partnership-agreement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/** AGR-005: every declaration of intent states its signing level (bestuurlijk or ambtelijk). */
export const AGR_005 = defineRule<PartnershipAgreement>({
  id: 'AGR-005',
  appliesTo: ['PartnershipAgreement'],
  severity: 'error',
  titleNl: 'Intentieverklaring heeft een ondertekeningsniveau',
  titleEn: 'Declaration of intent has a signing level',
  source: 'S1',
  check(doc) {
    const declarations = doc.declarationsOfIntent;
    if (declarations == null) return NO_FINDINGS;
    let out: RuleFinding[] | undefined;
    for (let i = 0; i < declarations.length; i++) {
      if (declarations[i]!.signingLevel === undefined)
        (out ??= []).push(
          finding(
            ['declarationsOfIntent', i, 'signingLevel'],
            'Geef aan of de intentieverklaring bestuurlijk of ambtelijk wordt ondertekend.',
            'State whether the declaration is signed at administrative or official level.',
          ),
        );
    }
    return out ?? NO_FINDINGS;
  },
});
