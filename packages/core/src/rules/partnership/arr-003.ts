import { UNIFORM_METHOD_FROM } from '../../codelists/wage-value-method.js';
import type { PartnershipAgreement } from '../../documents/partnership-agreement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * ARR-003: arrangements whose lifetime reaches 2021-07-01 or later use the uniform wage-value
 * method (`UNIFORM_2021`) as their shared approach: it is mandatory for LKS from that date.
 */
export const ARR_003 = defineRule<PartnershipAgreement>({
  id: 'ARR-003',
  appliesTo: ['PartnershipAgreement'],
  severity: 'error',
  titleNl: 'Werkafspraken vanaf 1 juli 2021 gebruiken de uniforme loonwaardemethode',
  titleEn: 'Arrangements in force on or after 2021-07-01 use the uniform wage-value method',
  source: 'R8',
  check(doc) {
    const arrangements = doc.workingArrangements;
    if (arrangements == null) return NO_FINDINGS;
    let out: RuleFinding[] | undefined;
    for (let i = 0; i < arrangements.length; i++) {
      const wa = arrangements[i]!;
      if ((wa.validTo === undefined || wa.validTo >= UNIFORM_METHOD_FROM) && wa.wageValueApproach.method !== 'UNIFORM_2021')
        (out ??= []).push(
          finding(
            ['workingArrangements', i, 'wageValueApproach', 'method'],
            `Vanaf ${UNIFORM_METHOD_FROM} is de uniforme loonwaardemethode (UNIFORM_2021) verplicht voor loonkostensubsidie, niet ${wa.wageValueApproach.method}.`,
            `From ${UNIFORM_METHOD_FROM} the uniform wage-value method (UNIFORM_2021) is mandatory for wage-cost subsidy, not ${wa.wageValueApproach.method}.`,
          ),
        );
    }
    return out ?? NO_FINDINGS;
  },
});
