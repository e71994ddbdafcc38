import { describe, expect, it } from 'vitest';
import { PlacementFollowUpDefinition as D } from '../../documents/placement-follow-up.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('FUP-005 six-month check planned', () => {
  it('accepts the example (start 1 March, check 1 September)', () => {
    expect(issuesOfRule(D, 'FUP-005', () => {}).nl).toEqual([]);
  });

  it('warns when no six-month check is planned', () => {
    const r = issuesOfRule(D, 'FUP-005', (f) => f.moments.pop());
    expect(r.valid).toBe(true);
    expect(r.en.map((i) => [i.severity, i.path, i.message])).toEqual([
      ['warning', ['moments'], 'Plan a six-month check (SIX_MONTH_CHECK) for this placement.'],
    ]);
  });

  it('warns when it is planned before six months have passed, and not for a cancelled follow-up', () => {
    const r = issuesOfRule(D, 'FUP-005', (f) => (f.moments[1].plannedOn = '2026-08-31'));
    expect(r.nl.map((i) => [i.path, i.message])).toEqual([
      [['moments', 1, 'plannedOn'], 'De zesmaandencheck is gepland vóór 2026-09-01, zes maanden na de start.'],
    ]);
    expect(
      issuesOfRule(D, 'FUP-005', (f) => {
        f.status = 'CANCELLED';
        f.moments.pop();
      }).nl,
    ).toEqual([]);
  });
});
