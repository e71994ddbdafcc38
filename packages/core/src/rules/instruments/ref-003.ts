import { defineRule } from '../rule.js';
import { grantPath } from './internal.js';

/**
 * REF-003: a period that crosses a parameter boundary (e.g. the minimum wage of 1 July) is
 * split and computed per part, so one supplied amount per hour cannot cover it.
 *
 * @remarks
 * The grant carries one `amountPerHourCents`. When its period spans two rows of a table the
 * amount is computed with, record one grant (or one amount) per part; the amounts per part
 * come from `computeWageCostSubsidyForPeriod`.
 */
export const REF_003 = defineRule({
  id: 'REF-003',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Een periode over een parametergrens wordt gesplitst en per deel berekend',
  titleEn: 'A period crossing a parameter boundary is split and computed per part',
  source: 'Brief §8',
  messages: {
    crossesBoundary: {
      nl: (p: { boundary: string }) =>
        `De periode loopt over een parametergrens op ${p.boundary}; één bedrag per uur past niet bij beide delen. Splits de periode en reken per deel.`,
      en: (p: { boundary: string }) =>
        `The period crosses a parameter boundary on ${p.boundary}; one amount per hour cannot fit both parts. Split the period and compute each part.`,
    },
  },
  check(_placement, ctx) {
    for (const g of ctx.facts.liveGrantsOf('LKS', 'LKS_FIXED_RATE')) {
      if (g.grant.amountPerHourCents === undefined) continue;
      const boundary = ctx.facts.lksBoundary(g);
      if (boundary !== undefined && boundary !== 'REF-002')
        ctx.report(grantPath(g.index, 'amountPerHourCents'), 'crossesBoundary', { boundary });
    }
  },
});
