import { computeFixedRateSubsidy } from '../../calculators/wage-cost-subsidy.js';
import { CALCULATOR_MESSAGE } from '../calculator-message.js';
import { defineRule } from '../rule.js';
import { euro, grantPath } from './internal.js';

/**
 * INS-006: fixed-rate LKS is 50% of the minimum wage for at most 6 months from the start of
 * employment; after that an established wage value is needed.
 *
 * @remarks
 * Computed with `computeFixedRateSubsidy` (tables `LKS_FIXED_RATE_PCT_OF_WML`,
 * `LKS_FIXED_RATE_MAX_MONTHS`), whose wording a grant ending too late gets. The placement's
 * start date is the start of employment. Whether employer charges and holiday pay are added
 * is UNCERTAIN, so a supplied amount may match any of those bases. A grant starting before the
 * placement is INS-018's. Extra local conditions (≥ 6-month contract, fixed hours, no earlier
 * trial) are not checked.
 */
export const INS_006 = defineRule({
  id: 'INS-006',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Forfaitaire loonkostensubsidie: 50% WML, hoogstens 6 maanden na de start van het dienstverband',
  titleEn: 'Fixed-rate LKS: 50% of the minimum wage, at most 6 months from the start of employment',
  source: 'R13, R14',
  messages: {
    noEnd: {
      nl: (p: { windowEnd: string }) =>
        `Forfaitaire loonkostensubsidie heeft een einddatum, uiterlijk ${p.windowEnd}; daarna is een vastgestelde loonwaarde nodig.`,
      en: (p: { windowEnd: string }) =>
        `Fixed-rate wage-cost subsidy needs an end date, at the latest ${p.windowEnd}; after that an established wage value is needed.`,
    },
    tooLate: CALCULATOR_MESSAGE,
    amount: {
      nl: (p: { supplied: number; date: string; base: number }) =>
        `Forfaitaire loonkostensubsidie per uur is ${euro(p.supplied, 'nl')}; 50% van het minimumloon op ${p.date} is ${euro(p.base, 'nl')}.`,
      en: (p: { supplied: number; date: string; base: number }) =>
        `Fixed-rate wage-cost subsidy per hour is ${euro(p.supplied, 'en')}; 50% of the minimum wage on ${p.date} is ${euro(p.base, 'en')}.`,
    },
  },
  check(placement, ctx) {
    for (const g of ctx.facts.liveGrantsOf('LKS_FIXED_RATE')) {
      const { grant, index } = g;
      const at = (date: string, includeEmployerCharges = false, includeHolidayPay = false) =>
        computeFixedRateSubsidy({
          date,
          employmentStart: placement.startDate,
          includeEmployerCharges,
          includeHolidayPay,
          referenceData: ctx.referenceData,
        });
      const first = at(grant.period.from);
      if (!first.ok || !first.eligible) continue; // no reference data (REF-002) or starts before employment (INS-018)
      if (grant.period.to === undefined) ctx.report(grantPath(index, 'period', 'to'), 'noEnd', { windowEnd: first.windowEnd });
      else {
        const last = at(grant.period.to);
        if (last.ok && !last.eligible) ctx.report(grantPath(index, 'period', 'to'), 'tooLate', last);
      }
      const supplied = grant.amountPerHourCents;
      if (supplied === undefined || ctx.facts.lksBoundary(g) !== undefined) continue;
      const amounts = [
        at(grant.period.from, false, false),
        at(grant.period.from, true, false),
        at(grant.period.from, false, true),
        at(grant.period.from, true, true),
      ]
        .map((r) => (r.ok && r.eligible ? r.totalPerHour.cents : undefined))
        .filter((c): c is number => c !== undefined);
      if (!amounts.some((c) => Math.abs(c - supplied) <= 1))
        ctx.report(grantPath(index, 'amountPerHourCents'), 'amount', { supplied, date: grant.period.from, base: first.basePerHour.cents });
    }
  },
});
