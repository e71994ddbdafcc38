import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { euro, expectedLksCentsOf, grantPath, liveGrants, lksBoundaryOf, maxLksCentsOf, GRANTS_LKS } from './internal.js';

/** Allowed difference per line: rounding is UNCERTAIN (brief §11). */
const TOLERANCE_CENTS = 1;

/**
 * INS-003: a supplied LKS amount per hour matches the amount recomputed per brief §8.4
 * (`computeWageCostSubsidy`, parameters on the grant's first day), within 1 cent.
 *
 * @remarks
 * Both holiday-pay bases are accepted, since including holiday pay is a municipality's
 * practice. Not reported here, to avoid two findings on one cell: an amount above the cap
 * (INS-004), a period crossing a parameter boundary (REF-003) or without reference data
 * (REF-002), a wage value of 100 or more (INS-002).
 */
export const INS_003 = defineRule<Placement>({
  id: 'INS-003',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Opgegeven loonkostensubsidie per uur komt overeen met de herberekening (± 1 cent)',
  titleEn: 'Supplied LKS amount matches the recomputation (± 1 cent)',
  source: 'R10, R11, R12',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    for (const { grant: g, index } of liveGrants(p, GRANTS_LKS, ctx)) {
      const supplied = g.amountPerHourCents;
      if (supplied === undefined || (g.wageValuePct ?? 0) >= 100) continue;
      if (lksBoundaryOf(p, g, ctx) !== undefined) continue;
      const max = maxLksCentsOf(p, g.period.from, ctx);
      if (max !== undefined && supplied > max + TOLERANCE_CENTS) continue;
      const expected = expectedLksCentsOf(p, g, ctx);
      if (!expected) continue;
      if (Math.abs(supplied - expected.excl) <= TOLERANCE_CENTS || Math.abs(supplied - expected.incl) <= TOLERANCE_CENTS) continue;
      (out ??= []).push(
        finding(
          grantPath(index, 'amountPerHourCents'),
          `Loonkostensubsidie per uur is ${euro(supplied, 'nl')}; herberekend op ${g.period.from}: ${euro(expected.excl, 'nl')} (zonder vakantiegeld) of ${euro(expected.incl, 'nl')} (met vakantiegeld).`,
          `Wage-cost subsidy per hour is ${euro(supplied, 'en')}; recomputed for ${g.period.from}: ${euro(expected.excl, 'en')} (excluding holiday pay) or ${euro(expected.incl, 'en')} (including holiday pay).`,
        ),
      );
    }
    return out ?? NO_FINDINGS;
  },
});
