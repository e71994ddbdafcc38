import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { grant } from './test-helpers.js';

describe('INS-015 municipal internal coach at a distance', () => {
  it('accepts the example and a coach who is neither colleague nor supervisor', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-015', () => {}).nl).toEqual([]);
    expect(
      issuesOfRule(PlacementDefinition, 'INS-015', grant({ instrument: 'JOBCOACH_INTERNAL', jobCoach: { coachIsColleague: false } })).nl,
    ).toEqual([]);
  });

  it('warns about a coach who is the supervisor', () => {
    const r = issuesOfRule(
      PlacementDefinition,
      'INS-015',
      grant({ instrument: 'JOBCOACH_INTERNAL', jobCoach: { coachIsSupervisor: true } }),
    );
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['warning', ['instruments', 0, 'jobCoach', 'coachIsSupervisor']]]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"De interne jobcoach is de leidinggevende; de gemeente vraagt meestal iemand anders dan de leidinggevende."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"The internal job coach is the supervisor; the municipality usually asks for someone other than the supervisor."`,
    );
  });
});
