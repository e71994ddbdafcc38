import { defineRule } from '../rule.js';

/** AGR-005: every declaration of intent states its signing level (bestuurlijk or ambtelijk). */
export const AGR_005 = defineRule({
  id: 'AGR-005',
  appliesTo: 'PartnershipAgreement',
  severity: 'error',
  titleNl: 'Intentieverklaring heeft een ondertekeningsniveau',
  titleEn: 'Declaration of intent has a signing level',
  source: 'S1',
  reads: [['declarationsOfIntent']],
  messages: {
    noLevel: {
      nl: 'Geef aan of de intentieverklaring bestuurlijk of ambtelijk wordt ondertekend.',
      en: 'State whether the declaration is signed at administrative or official level.',
    },
  },
  check(agreement, ctx) {
    (agreement.declarationsOfIntent ?? []).forEach((declaration, i) => {
      if (declaration.signingLevel === undefined) ctx.report(['declarationsOfIntent', i, 'signingLevel'], 'noLevel');
    });
  },
});
