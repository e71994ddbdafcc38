import type { Placement } from '../../documents/placement.js';
import { defineRule, finding } from '../rule.js';
import { grantPath, liveGrants, lksBoundary } from './internal.js';

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
    return liveGrants(p, ['LKS', 'LKS_FIXED_RATE']).flatMap(({ grant: g, index }) => {
      if (g.amountPerHourCents === undefined) return [];
      const boundary = lksBoundary(g, ctx.referenceData.tables);
      if (boundary === undefined || boundary === 'REF-002') return [];
      return [
        finding(
          grantPath(index, 'amountPerHourCents'),
          `De periode loopt over een parametergrens op ${boundary}; één bedrag per uur past niet bij beide delen. Splits de periode en reken per deel.`,
          `The period crosses a parameter boundary on ${boundary}; one amount per hour cannot fit both parts. Split the period and compute each part.`,
        ),
      ];
    });
  },
});
