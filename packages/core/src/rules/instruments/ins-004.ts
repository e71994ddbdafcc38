import { defineRule } from '../rule.js';
import { euro, grantPath } from './internal.js';

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
export const INS_004 = defineRule({
  id: 'INS-004',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Grondslag loonkostensubsidie is begrensd op 70% van het minimumloon vóór werkgeverslasten',
  titleEn: 'LKS base capped at 70% of the minimum wage before employer charges',
  source: 'R10',
  messages: {
    aboveCap: {
      nl: (p: { supplied: number; max: number }) =>
        `Loonkostensubsidie per uur (${euro(p.supplied, 'nl')}) is hoger dan het maximum van ${euro(p.max, 'nl')}: 70% van het minimumloon plus werkgeverslasten.`,
      en: (p: { supplied: number; max: number }) =>
        `Wage-cost subsidy per hour (${euro(p.supplied, 'en')}) exceeds the maximum of ${euro(p.max, 'en')}: 70% of the minimum wage plus employer charges.`,
    },
  },
  check(_placement, ctx) {
    const { facts } = ctx;
    for (const g of facts.liveGrantsOf('LKS')) {
      const supplied = g.grant.amountPerHourCents;
      if (supplied === undefined || facts.lksBoundary(g) !== undefined) continue;
      const max = facts.maxLksCents(g.grant.period.from);
      if (max !== undefined && supplied > max + 1) ctx.report(grantPath(g.index, 'amountPerHourCents'), 'aboveCap', { supplied, max });
    }
  },
});
