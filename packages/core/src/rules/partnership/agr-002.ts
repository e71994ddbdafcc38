import { defineRule } from '../rule.js';

/**
 * AGR-002: a partnership names an employer (by KvK number) and at least one region or
 * municipality.
 *
 * @remarks
 * The KvK number itself is required and shape-checked by the schema (IDN-003). A municipality
 * counts when a public party has role `MUNICIPALITY` or is referenced by a GM code.
 */
export const AGR_002 = defineRule({
  id: 'AGR-002',
  appliesTo: 'PartnershipAgreement',
  severity: 'error',
  titleNl: 'Samenwerkingsrelatie noemt een werkgever (KvK) en minstens één regio of gemeente',
  titleEn: 'Partnership names an employer (KvK) and at least one region or municipality',
  source: 'Brief §4.1',
  reads: [['regions'], ['publicParties']],
  messages: {
    noRegion: {
      nl: 'Noem minstens één arbeidsmarktregio of een gemeente als publieke partij.',
      en: 'Name at least one labour-market region or a municipality as public party.',
    },
  },
  check(agreement, ctx) {
    const hasMunicipality = agreement.publicParties.some((p) => p.role === 'MUNICIPALITY' || p.party.scheme === 'GM');
    if (agreement.regions.length === 0 && !hasMunicipality) ctx.report(['regions'], 'noRegion');
  },
});
