import type { PartnershipAgreement } from '../../documents/partnership-agreement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * ARR-004: delegating the wage-value process to the employer (regelluw) while the assessor
 * belongs to the employer gets a warning: the law needs a sufficiently independent assessor
 * and the wage value is still set by the municipal executive.
 *
 * @remarks
 * The assessor belongs to the employer when `assessorEmployedByEmployer` is true or the
 * `assessorProvider` is the employer's own KvK number.
 */
export const ARR_004 = defineRule<PartnershipAgreement>({
  id: 'ARR-004',
  appliesTo: ['PartnershipAgreement'],
  severity: 'warning',
  titleNl: 'Loonwaardeproces gedelegeerd aan de werkgever terwijl de loonwaardedeskundige van de werkgever is',
  titleEn: 'Wage-value process delegated to the employer while the assessor belongs to the employer',
  source: 'R7',
  check(doc) {
    const arrangements = doc.workingArrangements;
    if (arrangements == null) return NO_FINDINGS;
    let out: RuleFinding[] | undefined;
    for (let i = 0; i < arrangements.length; i++) {
      const wa = arrangements[i]!;
      if (!wa.delegatedProcesses?.includes('WAGE_VALUE_PROCESS')) continue;
      const provider = wa.wageValueApproach.assessorProvider;
      const own =
        wa.wageValueApproach.assessorEmployedByEmployer === true ||
        (provider?.scheme === 'KVK' && provider.value === doc.employer.kvkNumber);
      if (!own) continue;
      (out ??= []).push(
        finding(
          ['workingArrangements', i, 'wageValueApproach'],
          'Het loonwaardeproces is aan de werkgever gedelegeerd, maar de loonwaardedeskundige is van de werkgever: de wet vraagt een voldoende onafhankelijke deskundige, en het college stelt de loonwaarde vast.',
          'The wage-value process is delegated to the employer, but the assessor belongs to the employer: the law requires a sufficiently independent assessor, and the executive sets the wage value.',
        ),
      );
    }
    return out ?? NO_FINDINGS;
  },
});
