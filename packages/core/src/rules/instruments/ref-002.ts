import type { Placement } from '../../documents/placement.js';
import { splitPeriodAtBoundaries } from '../../reference-data/parameter-table.js';
import { referenceDataError } from '../../reference-data/parameter-table.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { LKS_TABLES, computedPeriod, grantPath, liveGrants, GRANTS_LKS_LKS_FIXED_RATE } from './internal.js';

/**
 * REF-002: an LKS grant whose amount is computed for a date without a valid parameter row is
 * an error; the latest row is never used as a fallback.
 *
 * @remarks
 * Every day of the grant's period (its first day when open-ended) needs a row in each table
 * the amount is computed with (minimum wage, cap, employer charges; fixed-rate percentage).
 */
export const REF_002 = defineRule<Placement>({
  id: 'REF-002',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Geen parameterwaarde geldig op de datum van de periode: fout, nooit terugvallen op de laatste waarde',
  titleEn: 'No parameter row valid on the period date: error, never fall back to the latest row',
  source: 'Brief §8',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    for (const { grant: g, index } of liveGrants(p, GRANTS_LKS_LKS_FIXED_RATE, ctx)) {
      const period = computedPeriod(g);
      for (const id of LKS_TABLES[g.instrument] ?? []) {
        const table = ctx.referenceData.tables[id];
        const r = table ? splitPeriodAtBoundaries(period, table) : referenceDataError(id, period.from, 'UNKNOWN_TABLE');
        if (r.ok) continue;
        (out ??= []).push(finding(grantPath(index, 'period', r.date === period.from ? 'from' : 'to'), r.message, r.messageEn));
        break;
      }
    }
    return out ?? NO_FINDINGS;
  },
});
