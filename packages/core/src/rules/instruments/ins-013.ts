import type { Placement } from '../../documents/placement.js';
import { selectParameter } from '../../reference-data/reference-data.js';
import { ParameterId } from '../../reference-data/tables.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { euro, grantPath, liveGrants, monthsCovering } from './internal.js';

const MIN_CONTRACT_MONTHS = 6;
const MIN_HOURS = 12;
/** Re-integratiebesluit art. 12: wage at least 35% of the minimum wage. */
const MIN_WAGE_PCT_OF_WML = 35;
const MAX_MONTHS = 36;

const GRANTS_JOBCOACH_INTERNAL = ['JOBCOACH_INTERNAL'] as const;

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
export const INS_013 = defineRule<Placement>({
  id: 'INS-013',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Interne jobcoach UWV: contract ≥ 6 maanden, ≥ 12 uur, loon ≥ 35% WML, toestemming, getrainde coach, ≤ 3 jaar',
  titleEn: 'UWV internal job coach: contract ≥ 6 months, ≥ 12 h/week, wage ≥ 35% WML, consent, trained coach, ≤ 3 years',
  source: 'R22',
  check(p, ctx) {
    let out: RuleFinding[] | undefined;
    for (const { grant: g, index } of liveGrants(p, GRANTS_JOBCOACH_INTERNAL, ctx)) {
      if (g.financier !== 'UWV') continue;
      const c = p.contract;
      if (!c || (c.kind !== 'PERMANENT' && (c.durationMonths ?? 0) < MIN_CONTRACT_MONTHS))
        (out ??= []).push(
          finding(
            c ? ['contract', 'durationMonths'] : ['contract'],
            `Een interne jobcoach van UWV vraagt een contract van minstens ${MIN_CONTRACT_MONTHS} maanden.`,
            `A UWV internal job coach requires a contract of at least ${MIN_CONTRACT_MONTHS} months.`,
          ),
        );
      if (p.hoursPerWeek < MIN_HOURS)
        (out ??= []).push(
          finding(
            ['hoursPerWeek'],
            `Een interne jobcoach van UWV vraagt minstens ${MIN_HOURS} uur werk per week.`,
            `A UWV internal job coach requires at least ${MIN_HOURS} working hours a week.`,
          ),
        );
      const wml = selectParameter(ctx.referenceData, ParameterId.WML_HOURLY_ADULT, g.period.from);
      const holiday = selectParameter(ctx.referenceData, ParameterId.HOLIDAY_PAY_PCT, g.period.from);
      if (c?.hourlyWageCents !== undefined && wml.ok) {
        const wage = c.wageIncludesHolidayPay && holiday.ok ? c.hourlyWageCents / (1 + Number(holiday.value) / 100) : c.hourlyWageCents;
        const min = Math.round(Number(wml.value) * MIN_WAGE_PCT_OF_WML);
        if (wage < min)
          (out ??= []).push(
            finding(
              ['contract', 'hourlyWageCents'],
              `Een interne jobcoach van UWV vraagt een uurloon van minstens ${MIN_WAGE_PCT_OF_WML}% van het minimumloon (${euro(min, 'nl')}).`,
              `A UWV internal job coach requires an hourly wage of at least ${MIN_WAGE_PCT_OF_WML}% of the minimum wage (${euro(min, 'en')}).`,
            ),
          );
      }
      if (!g.jobCoach?.employeeWrittenConsentOn)
        (out ??= []).push(
          finding(
            grantPath(index, 'jobCoach', 'employeeWrittenConsentOn'),
            'De werknemer moet schriftelijk instemmen met de interne jobcoach.',
            'The employee must consent to the internal job coach in writing.',
          ),
        );
      if (g.jobCoach?.coachTrained !== true)
        (out ??= []).push(
          finding(
            grantPath(index, 'jobCoach', 'coachTrained'),
            'De interne jobcoach moet de opleiding hebben gevolgd.',
            'The internal job coach must have completed the training.',
          ),
        );
      if (g.period.to !== undefined) {
        const total = (g.jobCoach?.earlierCoachingMonths ?? 0) + monthsCovering(g.period.from, g.period.to);
        if (total > MAX_MONTHS)
          (out ??= []).push(
            finding(
              grantPath(index, 'period', 'to'),
              `Interne jobcoaching van UWV duurt in totaal hoogstens ${MAX_MONTHS} maanden in dezelfde functie; met eerdere coaching wordt het ${total}.`,
              `UWV internal job coaching lasts at most ${MAX_MONTHS} months in total in the same job; with earlier coaching this is ${total}.`,
            ),
          );
      }
    }
    return out ?? NO_FINDINGS;
  },
});
