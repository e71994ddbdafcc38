import type { ExecutionPlan } from '../../documents/execution-plan.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/**
 * PLN-001: the plan period lies within the partnership's lifetime, and does not end before it
 * starts.
 *
 * @remarks
 * The partnership is a separate document; the plan shows its lifetime through the optional
 * `partnershipPeriod` (copied by the server or the sender). Without it only the order of the
 * plan's own dates is checked.
 */
export const PLN_001 = defineRule<ExecutionPlan>({
  id: 'PLN-001',
  appliesTo: ['ExecutionPlan'],
  severity: 'error',
  titleNl: 'Planperiode ligt binnen de looptijd van de samenwerkingsrelatie',
  titleEn: "Plan period lies within the partnership's lifetime",
  source: 'Brief §4.4',
  check(plan) {
    let out: RuleFinding[] | undefined;
    const { from, to } = plan.period;
    if (to < from)
      (out ??= []).push(
        finding(
          ['period', 'to'],
          `Het plan eindigt (${to}) vóór het begint (${from}).`,
          `The plan ends (${to}) before it starts (${from}).`,
          {
            code: 'PLN-001.order',
          },
        ),
      );
    const pp = plan.partnershipPeriod;
    if (!pp) return out ?? NO_FINDINGS;
    if (from < pp.from)
      (out ??= []).push(
        finding(
          ['period', 'from'],
          `Het plan begint (${from}) vóór de samenwerkingsrelatie (${pp.from}).`,
          `The plan starts (${from}) before the partnership (${pp.from}).`,
        ),
      );
    if (pp.to !== undefined && to > pp.to)
      (out ??= []).push(
        finding(
          ['period', 'to'],
          `Het plan eindigt (${to}) na de samenwerkingsrelatie (${pp.to}).`,
          `The plan ends (${to}) after the partnership (${pp.to}).`,
        ),
      );
    return out ?? NO_FINDINGS;
  },
});
