import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { grant } from './test-helpers.js';

const uwvCoach =
  (jobCoach: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  (p: any) => {
    p.candidate.targetGroup.basis = 'WAJONG';
    grant({ instrument: 'JOBCOACH_INTERNAL', financier: 'UWV', jobCoach, ...extra })(p);
  };
const complete = { coachTrained: true, employeeWrittenConsentOn: '2026-02-25' };

describe('INS-013 UWV internal job coach', () => {
  it('accepts the example and a complete UWV internal coach', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-013', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'INS-013', uwvCoach(complete)).nl).toEqual([]);
  });

  it('rejects too few hours, a low wage, no consent, an untrained coach', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-013', (p) => {
      uwvCoach({})(p);
      p.hoursPerWeek = 10;
      p.contract.hourlyWageCents = 500;
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([
      ['hoursPerWeek'],
      ['contract', 'hourlyWageCents'],
      ['instruments', 0, 'jobCoach', 'employeeWrittenConsentOn'],
      ['instruments', 0, 'jobCoach', 'coachTrained'],
    ]);
    expect(r.nl[1]?.message).toMatchInlineSnapshot(
      `"Een interne jobcoach van UWV vraagt een uurloon van minstens 35% van het minimumloon (€ 5,15)."`,
    );
    expect(r.en[1]?.message).toMatchInlineSnapshot(
      `"A UWV internal job coach requires an hourly wage of at least 35% of the minimum wage (€5.15)."`,
    );
  });

  it('rejects a short contract and more than 3 years including earlier coaching', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-013', (p) => {
      uwvCoach({ ...complete, earlierCoachingMonths: 30 })(p);
      p.contract.durationMonths = 5;
    });
    expect(r.nl.map((i) => i.path)).toEqual([
      ['contract', 'durationMonths'],
      ['instruments', 0, 'period', 'to'],
    ]);
  });
});
