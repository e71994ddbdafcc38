import type { Placement } from '../../documents/placement.js';
import { type RuleFinding, defineRule, finding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

/** Minimum length of the contract intended after a UWV trial (Beleidsregels proefplaatsing UWV 2013). */
const MIN_FOLLOW_UP_MONTHS = 6;

/**
 * PLC-005: a UWV trial placement has liability and accident insurance, an intended follow-up
 * contract of at least 6 months at no fewer hours than the trial, and no earlier unpaid trial
 * of the person at this employer.
 */
export const PLC_005 = defineRule<Placement>({
  id: 'PLC-005',
  appliesTo: ['Placement'],
  severity: 'error',
  titleNl: 'Proefplaatsing UWV: verzekeringen, uitzicht op een contract van minstens 6 maanden, geen eerdere onbetaalde proefplaatsing',
  titleEn: 'UWV trial: insurance, intended contract of at least 6 months at no fewer hours, no earlier unpaid trial',
  source: 'R18',
  check(p) {
    const t = p.trial;
    if (p.type !== 'TRIAL_PLACEMENT' || t?.regime !== 'UWV') return NO_FINDINGS;
    let out: RuleFinding[] | undefined;
    if (!t.insurance.liability)
      (out ??= []).push(
        finding(['trial', 'insurance', 'liability'], 'Een proefplaatsing vraagt een aansprakelijkheidsverzekering.', 'A trial placement needs liability insurance.'),
      );
    if (!t.insurance.accident)
      (out ??= []).push(finding(['trial', 'insurance', 'accident'], 'Een proefplaatsing vraagt een ongevallenverzekering.', 'A trial placement needs accident insurance.'));
    const f = t.intendedFollowUp;
    if (!f) {
      (out ??= []).push(
        finding(
          ['trial', 'intendedFollowUp'],
          `Geef het beoogde dienstverband na de proefplaatsing op (minstens ${MIN_FOLLOW_UP_MONTHS} maanden).`,
          `State the employment intended after the trial (at least ${MIN_FOLLOW_UP_MONTHS} months).`,
        ),
      );
    } else {
      if (f.contractMonths < MIN_FOLLOW_UP_MONTHS)
        (out ??= []).push(
          finding(
            ['trial', 'intendedFollowUp', 'contractMonths'],
            `Het beoogde contract na de proefplaatsing duurt ${f.contractMonths} maanden; minstens ${MIN_FOLLOW_UP_MONTHS} is vereist.`,
            `The contract intended after the trial lasts ${f.contractMonths} months; at least ${MIN_FOLLOW_UP_MONTHS} is required.`,
          ),
        );
      if (f.hoursPerWeek < p.hoursPerWeek)
        (out ??= []).push(
          finding(
            ['trial', 'intendedFollowUp', 'hoursPerWeek'],
            `Het beoogde contract heeft ${f.hoursPerWeek} uur per week, minder dan de ${p.hoursPerWeek} uur van de proefplaatsing.`,
            `The intended contract has ${f.hoursPerWeek} hours per week, fewer than the ${p.hoursPerWeek} hours of the trial.`,
          ),
        );
    }
    if (t.priorUnpaidTrialAtEmployer)
      (out ??= []).push(
        finding(
          ['trial', 'priorUnpaidTrialAtEmployer'],
          'Er was al een onbetaalde proefplaatsing bij deze werkgever; een tweede is niet toegestaan.',
          'There was already an unpaid trial at this employer; a second one is not allowed.',
        ),
      );
    return out ?? NO_FINDINGS;
  },
});
