import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, liveGrants, GRANTS_LKS } from './internal.js';

/** INS-002: no wage-cost subsidy when the wage value is 100% or more. */

export const INS_002 = defineRule<Placement>({
  id: 'INS-002',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Geen loonkostensubsidie bij een loonwaarde van 100% of meer',
  titleEn: 'No LKS when wageValuePct ≥ 100',
  source: 'R10',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    for (const { grant, index } of liveGrants(p, GRANTS_LKS, ctx)) {
      if (grant.wageValuePct !== undefined && grant.wageValuePct >= 100)
        (out ??= []).push(
          finding(
            grantPath(index, 'wageValuePct'),
            'Geen loonkostensubsidie bij een loonwaarde van 100% of meer: de werknemer verdient het minimumloon zelf.',
            'No wage-cost subsidy at a wage value of 100% or more: the employee earns the minimum wage unaided.',
          ),
        );
    }
    return out ?? NO_FINDINGS;
  },
});
