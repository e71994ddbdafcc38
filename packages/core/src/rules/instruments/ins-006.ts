import { computeFixedRateSubsidy } from '../../calculators/wage-cost-subsidy.js';
import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { euro, grantPath, liveGrants, lksBoundaryOf } from './internal.js';

const GRANTS_LKS_FIXED_RATE = ['LKS_FIXED_RATE'] as const;

/**
 * INS-006: fixed-rate LKS is 50% of the minimum wage for at most 6 months from the start of
 * employment; after that an established wage value is needed.
 *
 * @remarks
 * Computed with `computeFixedRateSubsidy` (tables `LKS_FIXED_RATE_PCT_OF_WML`,
 * `LKS_FIXED_RATE_MAX_MONTHS`). The placement's start date is the start of employment. Whether
 * employer charges and holiday pay are added is UNCERTAIN, so a supplied amount may match any
 * of those bases. A grant starting before the placement is INS-018's. Extra local conditions
 * (≥ 6-month contract, fixed hours, no earlier trial) are not checked.
 */
export const INS_006 = defineRule<Placement>({
  id: 'INS-006',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Forfaitaire loonkostensubsidie: 50% WML, hoogstens 6 maanden na de start van het dienstverband',
  titleEn: 'Fixed-rate LKS: 50% of the minimum wage, at most 6 months from the start of employment',
  source: 'R13, R14',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    for (const { grant: g, index } of liveGrants(p, GRANTS_LKS_FIXED_RATE, ctx)) {
      const at = (date: string, includeEmployerCharges = false, includeHolidayPay = false) =>
        computeFixedRateSubsidy({ date, employmentStart: p.startDate, includeEmployerCharges, includeHolidayPay, referenceData: ctx.referenceData });
      const first = at(g.period.from);
      if (!first.ok || !first.eligible) continue; // no reference data (REF-002) or starts before employment (INS-018)
      if (g.period.to === undefined) {
        (out ??= []).push(
          finding(
            grantPath(index, 'period', 'to'),
            `Forfaitaire loonkostensubsidie heeft een einddatum, uiterlijk ${first.windowEnd}; daarna is een vastgestelde loonwaarde nodig.`,
            `Fixed-rate wage-cost subsidy needs an end date, at the latest ${first.windowEnd}; after that an established wage value is needed.`,
          ),
        );
      } else {
        const last = at(g.period.to);
        if (last.ok && !last.eligible) (out ??= []).push(finding(grantPath(index, 'period', 'to'), last.message, last.messageEn));
      }
      const supplied = g.amountPerHourCents;
      if (supplied === undefined || lksBoundaryOf(p, g, ctx) !== undefined) continue;
      const options = [at(g.period.from, false, false), at(g.period.from, true, false), at(g.period.from, false, true), at(g.period.from, true, true)]
        .map((r) => (r.ok && r.eligible ? r.totalPerHour.cents : undefined))
        .filter((c): c is number => c !== undefined);
      if (options.some((c) => Math.abs(c - supplied) <= 1)) continue;
      (out ??= []).push(
        finding(
          grantPath(index, 'amountPerHourCents'),
          `Forfaitaire loonkostensubsidie per uur is ${euro(supplied, 'nl')}; 50% van het minimumloon op ${g.period.from} is ${euro(first.basePerHour.cents, 'nl')}.`,
          `Fixed-rate wage-cost subsidy per hour is ${euro(supplied, 'en')}; 50% of the minimum wage on ${g.period.from} is ${euro(first.basePerHour.cents, 'en')}.`,
        ),
      );
    }
    return out ?? NO_FINDINGS;
  },
});
