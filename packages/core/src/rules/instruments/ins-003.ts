import { defineRule } from '../rule.js';
import { euro, grantPath } from './internal.js';

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
export const INS_003 = defineRule({
  id: 'INS-003',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Opgegeven loonkostensubsidie per uur komt overeen met de herberekening (± 1 cent)',
  titleEn: 'Supplied LKS amount matches the recomputation (± 1 cent)',
  source: 'R10, R11, R12',
  messages: {
    differs: {
      nl: (p: { supplied: number; date: string; excl: number; incl: number }) =>
        `Loonkostensubsidie per uur is ${euro(p.supplied, 'nl')}; herberekend op ${p.date}: ${euro(p.excl, 'nl')} (zonder vakantiegeld) of ${euro(p.incl, 'nl')} (met vakantiegeld).`,
      en: (p: { supplied: number; date: string; excl: number; incl: number }) =>
        `Wage-cost subsidy per hour is ${euro(p.supplied, 'en')}; recomputed for ${p.date}: ${euro(p.excl, 'en')} (excluding holiday pay) or ${euro(p.incl, 'en')} (including holiday pay).`,
    },
  },
  check(_placement, ctx) {
    const { facts } = ctx;
    for (const g of facts.liveGrantsOf('LKS')) {
      const { grant, index } = g;
      const supplied = grant.amountPerHourCents;
      if (supplied === undefined || (grant.wageValuePct ?? 0) >= 100 || facts.lksBoundary(g) !== undefined) continue;
      const max = facts.maxLksCents(grant.period.from);
      if (max !== undefined && supplied > max + TOLERANCE_CENTS) continue;
      const expected = facts.expectedLksCents(g);
      if (!expected) continue;
      if (Math.abs(supplied - expected.excl) <= TOLERANCE_CENTS || Math.abs(supplied - expected.incl) <= TOLERANCE_CENTS) continue;
      ctx.report(grantPath(index, 'amountPerHourCents'), 'differs', {
        supplied,
        date: grant.period.from,
        excl: expected.excl,
        incl: expected.incl,
      });
    }
  },
});
