import { defineRule } from '../rule.js';

/** Minimum length of the contract intended after a UWV trial (Beleidsregels proefplaatsing UWV 2013). */
const MIN_FOLLOW_UP_MONTHS = 6;

/**
 * PLC-005: a UWV trial placement has liability and accident insurance, an intended follow-up
 * contract of at least 6 months at no fewer hours than the trial, and no earlier unpaid trial
 * of the person at this employer.
 */
export const PLC_005 = defineRule({
  id: 'PLC-005',
  appliesTo: 'Placement',
  severity: 'error',
  titleNl: 'Proefplaatsing UWV: verzekeringen, uitzicht op een contract van minstens 6 maanden, geen eerdere onbetaalde proefplaatsing',
  titleEn: 'UWV trial: insurance, intended contract of at least 6 months at no fewer hours, no earlier unpaid trial',
  source: 'R18',
  reads: [['type'], ['trial'], ['hoursPerWeek']],
  messages: {
    liability: { nl: 'Een proefplaatsing vraagt een aansprakelijkheidsverzekering.', en: 'A trial placement needs liability insurance.' },
    accident: { nl: 'Een proefplaatsing vraagt een ongevallenverzekering.', en: 'A trial placement needs accident insurance.' },
    noFollowUp: {
      nl: `Geef het beoogde dienstverband na de proefplaatsing op (minstens ${MIN_FOLLOW_UP_MONTHS} maanden).`,
      en: `State the employment intended after the trial (at least ${MIN_FOLLOW_UP_MONTHS} months).`,
    },
    shortFollowUp: {
      nl: (p: { months: number }) =>
        `Het beoogde contract na de proefplaatsing duurt ${p.months} maanden; minstens ${MIN_FOLLOW_UP_MONTHS} is vereist.`,
      en: (p: { months: number }) =>
        `The contract intended after the trial lasts ${p.months} months; at least ${MIN_FOLLOW_UP_MONTHS} is required.`,
    },
    fewerHours: {
      nl: (p: { hours: number; trialHours: number }) =>
        `Het beoogde contract heeft ${p.hours} uur per week, minder dan de ${p.trialHours} uur van de proefplaatsing.`,
      en: (p: { hours: number; trialHours: number }) =>
        `The intended contract has ${p.hours} hours per week, fewer than the ${p.trialHours} hours of the trial.`,
    },
    priorTrial: {
      nl: 'Er was al een onbetaalde proefplaatsing bij deze werkgever; een tweede is niet toegestaan.',
      en: 'There was already an unpaid trial at this employer; a second one is not allowed.',
    },
  },
  check(placement, ctx) {
    const trial = placement.trial;
    if (placement.type !== 'TRIAL_PLACEMENT' || trial?.regime !== 'UWV') return;
    if (!trial.insurance.liability) ctx.report(['trial', 'insurance', 'liability'], 'liability');
    if (!trial.insurance.accident) ctx.report(['trial', 'insurance', 'accident'], 'accident');
    const followUp = trial.intendedFollowUp;
    if (!followUp) ctx.report(['trial', 'intendedFollowUp'], 'noFollowUp');
    else {
      if (followUp.contractMonths < MIN_FOLLOW_UP_MONTHS)
        ctx.report(['trial', 'intendedFollowUp', 'contractMonths'], 'shortFollowUp', { months: followUp.contractMonths });
      if (followUp.hoursPerWeek < placement.hoursPerWeek)
        ctx.report(['trial', 'intendedFollowUp', 'hoursPerWeek'], 'fewerHours', {
          hours: followUp.hoursPerWeek,
          trialHours: placement.hoursPerWeek,
        });
    }
    if (trial.priorUnpaidTrialAtEmployer) ctx.report(['trial', 'priorUnpaidTrialAtEmployer'], 'priorTrial');
  },
});
