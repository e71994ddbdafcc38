import { defineRule } from '../rule.js';

/**
 * ARR-004: delegating the wage-value process to the employer (regelluw) while the assessor
 * belongs to the employer gets a warning: the law needs a sufficiently independent assessor
 * and the wage value is still set by the municipal executive.
 *
 * @remarks
 * The assessor belongs to the employer when `assessorEmployedByEmployer` is true or the
 * `assessorProvider` is the employer's own KvK number.
 */
export const ARR_004 = defineRule({
  id: 'ARR-004',
  appliesTo: 'PartnershipAgreement',
  severity: 'warning',
  titleNl: 'Loonwaardeproces gedelegeerd aan de werkgever terwijl de loonwaardedeskundige van de werkgever is',
  titleEn: 'Wage-value process delegated to the employer while the assessor belongs to the employer',
  source: 'R7',
  messages: {
    ownAssessor: {
      nl: 'Het loonwaardeproces is aan de werkgever gedelegeerd, maar de loonwaardedeskundige is van de werkgever: de wet vraagt een voldoende onafhankelijke deskundige, en het college stelt de loonwaarde vast.',
      en: 'The wage-value process is delegated to the employer, but the assessor belongs to the employer: the law requires a sufficiently independent assessor, and the executive sets the wage value.',
    },
  },
  check(agreement, ctx) {
    (agreement.workingArrangements ?? []).forEach((wa, i) => {
      if (!wa.delegatedProcesses?.includes('WAGE_VALUE_PROCESS')) return;
      const provider = wa.wageValueApproach.assessorProvider;
      const own =
        wa.wageValueApproach.assessorEmployedByEmployer === true ||
        (provider?.scheme === 'KVK' && provider.value === agreement.employer.kvkNumber);
      if (own) ctx.report(['workingArrangements', i, 'wageValueApproach'], 'ownAssessor');
    });
  },
});
