import { UNIFORM_METHOD_FROM } from '../../codelists/wage-value-method.js';
import { defineRule } from '../rule.js';

/**
 * ARR-003: arrangements whose lifetime reaches 2021-07-01 or later use the uniform wage-value
 * method (`UNIFORM_2021`) as their shared approach: it is mandatory for LKS from that date.
 */
export const ARR_003 = defineRule({
  id: 'ARR-003',
  appliesTo: 'PartnershipAgreement',
  severity: 'error',
  titleNl: 'Werkafspraken vanaf 1 juli 2021 gebruiken de uniforme loonwaardemethode',
  titleEn: 'Arrangements in force on or after 2021-07-01 use the uniform wage-value method',
  source: 'R8',
  messages: {
    notUniform: {
      nl: (p: { method: string }) =>
        `Vanaf ${UNIFORM_METHOD_FROM} is de uniforme loonwaardemethode (UNIFORM_2021) verplicht voor loonkostensubsidie, niet ${p.method}.`,
      en: (p: { method: string }) =>
        `From ${UNIFORM_METHOD_FROM} the uniform wage-value method (UNIFORM_2021) is mandatory for wage-cost subsidy, not ${p.method}.`,
    },
  },
  check(agreement, ctx) {
    (agreement.workingArrangements ?? []).forEach((wa, i) => {
      const method = wa.wageValueApproach.method;
      if ((wa.validTo === undefined || wa.validTo >= UNIFORM_METHOD_FROM) && method !== 'UNIFORM_2021')
        ctx.report(['workingArrangements', i, 'wageValueApproach', 'method'], 'notUniform', { method });
    });
  },
});
