import { selectParameter } from '../../reference-data/reference-data.js';
import { ParameterId } from '../../reference-data/tables.js';
import { defineRule } from '../rule.js';
import { euro, grantPath, monthsCovering } from './internal.js';

const MIN_CONTRACT_MONTHS = 6;
const MIN_HOURS = 12;
/** Re-integratiebesluit art. 12: wage at least 35% of the minimum wage. */
const MIN_WAGE_PCT_OF_WML = 35;
const MAX_MONTHS = 36;

/**
 * INS-013: an internal job coach financed by UWV needs a contract of at least 6 months, at
 * least 12 hours a week, a wage of at least 35% of the minimum wage, the employee's written
 * consent and a trained coach; at most 3 years in total, including earlier UWV coaching in the
 * same job.
 *
 * @remarks
 * The minimum wage comes from `WML_HOURLY_ADULT` on the grant's first day (compared without
 * holiday pay). The yearly support shares (15/7.5/6%) are UNCERTAIN and not checked.
 */
export const INS_013 = defineRule({
  id: 'INS-013',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Interne jobcoach UWV: contract ≥ 6 maanden, ≥ 12 uur, loon ≥ 35% WML, toestemming, getrainde coach, ≤ 3 jaar',
  titleEn: 'UWV internal job coach: contract ≥ 6 months, ≥ 12 h/week, wage ≥ 35% WML, consent, trained coach, ≤ 3 years',
  source: 'R22',
  messages: {
    contract: {
      nl: `Een interne jobcoach van UWV vraagt een contract van minstens ${MIN_CONTRACT_MONTHS} maanden.`,
      en: `A UWV internal job coach requires a contract of at least ${MIN_CONTRACT_MONTHS} months.`,
    },
    hours: {
      nl: `Een interne jobcoach van UWV vraagt minstens ${MIN_HOURS} uur werk per week.`,
      en: `A UWV internal job coach requires at least ${MIN_HOURS} working hours a week.`,
    },
    wage: {
      nl: (p: { min: number }) =>
        `Een interne jobcoach van UWV vraagt een uurloon van minstens ${MIN_WAGE_PCT_OF_WML}% van het minimumloon (${euro(p.min, 'nl')}).`,
      en: (p: { min: number }) =>
        `A UWV internal job coach requires an hourly wage of at least ${MIN_WAGE_PCT_OF_WML}% of the minimum wage (${euro(p.min, 'en')}).`,
    },
    consent: {
      nl: 'De werknemer moet schriftelijk instemmen met de interne jobcoach.',
      en: 'The employee must consent to the internal job coach in writing.',
    },
    trained: {
      nl: 'De interne jobcoach moet de opleiding hebben gevolgd.',
      en: 'The internal job coach must have completed the training.',
    },
    tooLong: {
      nl: (p: { total: number }) =>
        `Interne jobcoaching van UWV duurt in totaal hoogstens ${MAX_MONTHS} maanden in dezelfde functie; met eerdere coaching wordt het ${p.total}.`,
      en: (p: { total: number }) =>
        `UWV internal job coaching lasts at most ${MAX_MONTHS} months in total in the same job; with earlier coaching this is ${p.total}.`,
    },
  },
  check(placement, ctx) {
    const contract = placement.contract;
    for (const { grant, index } of ctx.facts.liveGrantsOf('JOBCOACH_INTERNAL')) {
      if (grant.financier !== 'UWV') continue;
      if (!contract || (contract.kind !== 'PERMANENT' && (contract.durationMonths ?? 0) < MIN_CONTRACT_MONTHS))
        ctx.report(contract ? ['contract', 'durationMonths'] : ['contract'], 'contract');
      if (placement.hoursPerWeek < MIN_HOURS) ctx.report(['hoursPerWeek'], 'hours');
      const wml = selectParameter(ctx.referenceData, ParameterId.WML_HOURLY_ADULT, grant.period.from);
      const holiday = selectParameter(ctx.referenceData, ParameterId.HOLIDAY_PAY_PCT, grant.period.from);
      if (contract?.hourlyWageCents !== undefined && wml.ok) {
        const wage =
          contract.wageIncludesHolidayPay && holiday.ok
            ? contract.hourlyWageCents / (1 + Number(holiday.value) / 100)
            : contract.hourlyWageCents;
        const min = Math.round(Number(wml.value) * MIN_WAGE_PCT_OF_WML);
        if (wage < min) ctx.report(['contract', 'hourlyWageCents'], 'wage', { min });
      }
      if (!grant.jobCoach?.employeeWrittenConsentOn) ctx.report(grantPath(index, 'jobCoach', 'employeeWrittenConsentOn'), 'consent');
      if (grant.jobCoach?.coachTrained !== true) ctx.report(grantPath(index, 'jobCoach', 'coachTrained'), 'trained');
      if (grant.period.to !== undefined) {
        const total = (grant.jobCoach?.earlierCoachingMonths ?? 0) + monthsCovering(grant.period.from, grant.period.to);
        if (total > MAX_MONTHS) ctx.report(grantPath(index, 'period', 'to'), 'tooLong', { total });
      }
    }
  },
});
