import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { grant } from './test-helpers.js';

describe('INS-014 UWV external job coach is recognised', () => {
  it('accepts the example, a recognised provider and a municipal coach', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-014', () => {}).nl).toEqual([]);
    expect(
      issuesOfRule(
        PlacementDefinition,
        'INS-014',
        grant({ instrument: 'JOBCOACH_EXTERNAL', financier: 'UWV', jobCoach: { providerUwvRecognised: true } }),
      ).nl,
    ).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'INS-014', grant({ instrument: 'JOBCOACH_EXTERNAL', financier: 'MUNICIPALITY' })).nl).toEqual(
      [],
    );
  });

  it('rejects a UWV-financed provider that is not recognised', () => {
    const r = issuesOfRule(
      PlacementDefinition,
      'INS-014',
      grant({ instrument: 'JOBCOACH_EXTERNAL', financier: 'UWV', jobCoach: { providerUwvRecognised: false } }),
    );
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['instruments', 0, 'jobCoach', 'providerUwvRecognised']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Externe jobcoaching betaald door UWV vraagt een jobcoachorganisatie die door UWV is erkend."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"External job coaching paid by UWV requires a job-coach organisation recognised by UWV."`,
    );
  });
});
