import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { grant } from './test-helpers.js';

describe('INS-016 job coaching beyond 3 years', () => {
  it('accepts the example and 3 years in total', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-016', () => {}).nl).toEqual([]);
    expect(
      issuesOfRule(PlacementDefinition, 'INS-016', grant({ instrument: 'JOBCOACH_EXTERNAL', jobCoach: { earlierCoachingMonths: 24 } })).nl,
    ).toEqual([]);
  });

  it('warns beyond 3 years including earlier coaching', () => {
    const r = issuesOfRule(
      PlacementDefinition,
      'INS-016',
      grant({ instrument: 'JOBCOACH_EXTERNAL', jobCoach: { earlierCoachingMonths: 25 } }),
    );
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['warning', ['instruments', 0, 'period', 'to']]]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Jobcoaching duurt met eerdere coaching langer dan 36 maanden; onderbouw de verlenging."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"With earlier coaching, job coaching lasts longer than 36 months; justify the extension."`,
    );
  });
});
