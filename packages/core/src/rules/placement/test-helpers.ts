import type { LooseDocument } from '../../internal/testing.js';

/** Turns the canonical placement example into a valid UWV trial placement (test helper). @internal */
export function asUwvTrial(p: LooseDocument): void {
  p.type = 'TRIAL_PLACEMENT';
  delete p.contract;
  delete p.precededByTrialAtSameEmployer;
  delete p.instruments;
  p.trial = {
    regime: 'UWV',
    plannedMonths: 2,
    insurance: { liability: true, accident: true },
    intendedFollowUp: { contractMonths: 12, hoursPerWeek: 24 },
    priorUnpaidTrialAtEmployer: false,
  };
}

/** Turns the canonical placement example into a secondment with lender and hirer (test helper). @internal */
export function asSecondment(p: LooseDocument): void {
  p.type = 'SECONDMENT';
  p.employer = { kvkNumber: '87654321', name: 'SW-bedrijf Voorbeeld' };
  p.lender = { scheme: 'KVK', value: '87654321' };
  p.countingEmployer = { kvkNumber: '12345678', establishment: '000012345678' };
}
