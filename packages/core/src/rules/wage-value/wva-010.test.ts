import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('WVA-010 views invited before establishment', () => {
  it('accepts the canonical example', () => {
    expect(issuesOfRule(D, 'WVA-010', () => {}).nl).toEqual([]);
  });

  it('rejects an establishment without inviting the employee', () => {
    const r = issuesOfRule(D, 'WVA-010', (a) => delete a.views.employee);
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['views', 'employee', 'invitedOn']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Vóór de vaststelling moet de werknemer om een zienswijze zijn gevraagd."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Before establishment the employee must have been invited to give views."`);
  });

  it('rejects an invitation after the establishment', () => {
    const r = issuesOfRule(D, 'WVA-010', (a) => (a.views.employer.invitedOn = '2026-03-19'));
    expect(r.nl.map((i) => i.path)).toEqual([['views', 'employer', 'invitedOn']]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"De werkgever is op 2026-03-19 om een zienswijze gevraagd, na de vaststelling op 2026-03-18."`,
    );
  });
});
