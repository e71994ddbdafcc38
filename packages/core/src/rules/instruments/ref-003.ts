import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { grantPath, liveGrants, lksBoundaryOf, GRANTS_LKS_LKS_FIXED_RATE } from './internal.js';

/**
 * REF-003: a period that crosses a parameter boundary (e.g. the minimum wage of 1 July) is
 * split and computed per part, so one supplied amount per hour cannot cover it.
 *
 * @remarks
 * The grant carries one `amountPerHourCents`. When its period spans two rows of a table the
 * amount is computed with, record one grant (or one amount) per part; the amounts per part
 * come from `computeWageCostSubsidyForPeriod`.
 */
export const REF_003 = defineRule<Placement>({
  id: 'REF-003',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Een periode over een parametergrens wordt gesplitst en per deel berekend',
  titleEn: 'A period crossing a parameter boundary is split and computed per part',
  source: 'Brief §8',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    for (const { grant: g, index } of liveGrants(p, GRANTS_LKS_LKS_FIXED_RATE, ctx)) {
      if (g.amountPerHourCents === undefined) continue;
      const boundary = lksBoundaryOf(p, g, ctx);
      if (boundary === undefined || boundary === 'REF-002') continue;
      (out ??= []).push(
        finding(
          grantPath(index, 'amountPerHourCents'),
          `De periode loopt over een parametergrens op ${boundary}; één bedrag per uur past niet bij beide delen. Splits de periode en reken per deel.`,
          `The period crosses a parameter boundary on ${boundary}; one amount per hour cannot fit both parts. Split the period and compute each part.`,
        ),
      );
    }
    return out ?? NO_FINDINGS;
  },
});
