import { CALCULATOR_MESSAGE } from '../calculator-message.js';
import { defineRule } from '../rule.js';
import { grantPath } from './internal.js';

/**
 * REF-002: an LKS grant whose amount is computed for a date without a valid parameter row is
 * an error; the latest row is never used as a fallback.
 *
 * @remarks
 * Every day of the grant's period (its first day when open-ended) needs a row in each table
 * the amount is computed with (minimum wage, cap, employer charges; fixed-rate percentage).
 * The message is the reference data's own.
 */
export const REF_002 = defineRule({
  id: 'REF-002',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Geen parameterwaarde geldig op de datum van de periode: fout, nooit terugvallen op de laatste waarde',
  titleEn: 'No parameter row valid on the period date: error, never fall back to the latest row',
  source: 'Brief §8',
  messages: { noRow: CALCULATOR_MESSAGE },
  check(_placement, ctx) {
    for (const g of ctx.facts.liveGrantsOf('LKS', 'LKS_FIXED_RATE')) {
      const split = ctx.facts.lksSplit(g);
      if (split === undefined || split.ok) continue;
      ctx.report(grantPath(g.index, 'period', split.date === g.grant.period.from ? 'from' : 'to'), 'noRow', split);
    }
  },
});
