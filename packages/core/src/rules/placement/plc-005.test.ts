import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { asUwvTrial } from './test-helpers.js';

describe('PLC-005 UWV trial conditions', () => {
  it('accepts the example and a complete UWV trial', () => {
    expect(issuesOfRule(PlacementDefinition, 'PLC-005', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'PLC-005', asUwvTrial).nl).toEqual([]);
  });

  it('rejects missing insurance, a short follow-up at fewer hours and an earlier trial', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-005', (p) => {
      asUwvTrial(p);
      p.trial.insurance.accident = false;
      p.trial.intendedFollowUp = { contractMonths: 3, hoursPerWeek: 20 };
      p.trial.priorUnpaidTrialAtEmployer = true;
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([
      ['trial', 'insurance', 'accident'],
      ['trial', 'intendedFollowUp', 'contractMonths'],
      ['trial', 'intendedFollowUp', 'hoursPerWeek'],
      ['trial', 'priorUnpaidTrialAtEmployer'],
    ]);
    expect(r.nl[1]?.message).toMatchInlineSnapshot(`"Het beoogde contract na de proefplaatsing duurt 3 maanden; minstens 6 is vereist."`);
    expect(r.en[1]?.message).toMatchInlineSnapshot(`"The contract intended after the trial lasts 3 months; at least 6 is required."`);
  });

  it('rejects a UWV trial without an intended follow-up', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-005', (p) => {
      asUwvTrial(p);
      delete p.trial.intendedFollowUp;
    });
    expect(r.nl.map((i) => i.path)).toEqual([['trial', 'intendedFollowUp']]);
  });
});
