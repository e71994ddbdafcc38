import { defineRule } from '../rule.js';
import { grantPath } from './internal.js';

/** INS-002: no wage-cost subsidy when the wage value is 100% or more. */
export const INS_002 = defineRule({
  id: 'INS-002',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Geen loonkostensubsidie bij een loonwaarde van 100% of meer',
  titleEn: 'No LKS when wageValuePct ≥ 100',
  source: 'R10',
  messages: {
    fullWageValue: {
      nl: 'Geen loonkostensubsidie bij een loonwaarde van 100% of meer: de werknemer verdient het minimumloon zelf.',
      en: 'No wage-cost subsidy at a wage value of 100% or more: the employee earns the minimum wage unaided.',
    },
  },
  check(_placement, ctx) {
    for (const { grant, index } of ctx.facts.liveGrantsOf('LKS'))
      if (grant.wageValuePct !== undefined && grant.wageValuePct >= 100) ctx.report(grantPath(index, 'wageValuePct'), 'fullWageValue');
  },
});
