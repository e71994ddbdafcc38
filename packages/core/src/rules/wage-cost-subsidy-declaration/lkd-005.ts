import { computeMinimumHourlyWage } from '../../calculators/minimum-wage.js';
import { defineRule } from '../rule.js';

/**
 * LKD-005: with LKS the employer pays at least the statutory minimum wage (the subsidy
 * compensates the difference between wage value and minimum wage, R10): a contractual hourly
 * wage, or a wage paid per paid hour, below the adult minimum wage of the period is flagged.
 * Only wages stated without holiday pay are compared; whether the age-specific minimum wage
 * applies is UNCERTAIN (brief §8.2), so this is a warning.
 */
export const LKD_005 = defineRule({
  id: 'LKD-005',
  appliesTo: 'WageCostSubsidyDeclaration',
  severity: 'warning',
  titleNl: 'Uurloon of betaald loon per verloond uur onder het wettelijk minimumloon',
  titleEn: 'Hourly wage or wage paid per paid hour below the statutory minimum wage',
  source: 'R10, R17; brief §8.1',
  messages: {
    hourly: {
      nl: (p: { wml: number }) => `Het uurloon ligt onder het minimumloon van de periode (${p.wml} cent per uur).`,
      en: (p: { wml: number }) => `The hourly wage is below the minimum wage of the period (${p.wml} cents per hour).`,
    },
    paid: {
      nl: (p: { wml: number }) => `Het betaalde loon per verloond uur ligt onder het minimumloon van de periode (${p.wml} cent per uur).`,
      en: (p: { wml: number }) => `The wage paid per paid hour is below the minimum wage of the period (${p.wml} cents per hour).`,
    },
  },
  check(d, ctx) {
    if (d.wageIncludesHolidayPay) return;
    const wml = computeMinimumHourlyWage({ date: d.period.from, age: 21, referenceData: ctx.referenceData });
    if (!wml.ok) return; // a missing row is reported by LKD-001
    const min = wml.perHour.cents;
    if (d.hourlyWageCents < min) ctx.report(['hourlyWageCents'], 'hourly', { wml: min });
    if (d.paidHours > 0 && d.wagePaidCents < Math.round(d.paidHours * min)) ctx.report(['wagePaidCents'], 'paid', { wml: min });
  },
});
