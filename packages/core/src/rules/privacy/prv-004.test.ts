import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { WageValueAssessmentDefinition } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('PRV-004 reports and notes carry no medical information', () => {
  it('accepts the canonical examples', () => {
    expect(issuesOfRule(WageValueAssessmentDefinition, 'PRV-004', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'PRV-004', () => {}).nl).toEqual([]);
  });

  it('warns about a medical note in a wage-value assessment without quoting it', () => {
    const r = issuesOfRule(
      WageValueAssessmentDefinition,
      'PRV-004',
      (a) => (a.mainTasks[0].notes = { pace: 'Tempo lager door de medicatie.' }),
    );
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.path, i.severity])).toEqual([[['mainTasks', 0, 'notes', 'pace'], 'warning']]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Deze toelichting lijkt medische informatie te bevatten; beschrijf alleen wat er in het werk gebeurt."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"This note appears to contain medical information; describe only what happens at work."`,
    );
    expect(JSON.stringify([...r.nl, ...r.en])).not.toContain('Tempo lager');
  });

  it('warns about a medical extension reason of a trial placement', () => {
    const r = issuesOfRule(PlacementDefinition, 'PRV-004', (p) => {
      p.type = 'TRIAL_PLACEMENT';
      p.trial = {
        regime: 'UWV',
        plannedMonths: 2,
        extendedToMonths: 4,
        extensionReason: 'Opname in het ziekenhuis',
        insurance: { liability: true, accident: true },
        priorUnpaidTrialAtEmployer: false,
      };
    });
    expect(r.nl.map((i) => i.path)).toEqual([['trial', 'extensionReason']]);
  });
});
