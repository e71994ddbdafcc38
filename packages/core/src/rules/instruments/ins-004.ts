import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { euro, grantPath, liveGrants, lksBoundaryOf, maxLksCentsOf, GRANTS_LKS } from './internal.js';

/**
 * INS-004: the LKS base is capped at 70% of the minimum wage before employer charges, so a
 * supplied amount per hour can never exceed 70% of the minimum wage (incl. holiday pay) plus
 * the employer charges on it.
 *
 * @remarks
 * The cap and the charges come from the tables `LKS_CAP_PCT_OF_WML` and
 * `LKS_EMPLOYER_CHARGES_PCT` on the grant's first day. Periods crossing a parameter boundary
 * are REF-003's.
 */
export const INS_004 = defineRule<Placement>({
  id: 'INS-004',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Grondslag loonkostensubsidie is begrensd op 70% van het minimumloon vóór werkgeverslasten',
  titleEn: 'LKS base capped at 70% of the minimum wage before employer charges',
  source: 'R10',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    for (const { grant: g, index } of liveGrants(p, GRANTS_LKS, ctx)) {
      if (g.amountPerHourCents === undefined || lksBoundaryOf(p, g, ctx) !== undefined) continue;
      const max = maxLksCentsOf(p, g.period.from, ctx);
      if (max === undefined || g.amountPerHourCents <= max + 1) continue;
      (out ??= []).push(
        finding(
          grantPath(index, 'amountPerHourCents'),
          `Loonkostensubsidie per uur (${euro(g.amountPerHourCents, 'nl')}) is hoger dan het maximum van ${euro(max, 'nl')}: 70% van het minimumloon plus werkgeverslasten.`,
          `Wage-cost subsidy per hour (${euro(g.amountPerHourCents, 'en')}) exceeds the maximum of ${euro(max, 'en')}: 70% of the minimum wage plus employer charges.`,
        ),
      );
    }
    return out ?? NO_FINDINGS;
  },
});
