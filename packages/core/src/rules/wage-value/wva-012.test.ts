import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('WVA-012 reassessment overdue', () => {
  it('accepts the canonical example (due in 2027)', () => {
    expect(issuesOfRule(D, 'WVA-012', () => {}).nl).toEqual([]);
  });

  it('warns when the due date passed without a newer assessment', () => {
    const r = issuesOfRule(D, 'WVA-012', (a) => (a.reassessmentDue = '2026-05-31'));
    expect(r.valid).toBe(true);
    expect(r.nl[0]?.severity).toBe('warning');
    expect(r.nl[0]?.path).toEqual(['reassessmentDue']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"De herbeoordeling was uiterlijk 2026-05-31 gepland en er is nog geen nieuwere loonwaardebepaling."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Reassessment was due by 2026-05-31 and there is no newer assessment yet."`);
  });

  it('is quiet once a newer assessment exists', () => {
    const r = issuesOfRule(D, 'WVA-012', (a) => {
      a.reassessmentDue = '2026-05-31';
      a.supersededBy = '4e0f9a8b-7c6d-4e5f-9a0b-1c2d3e4f5a6b';
    });
    expect(r.nl).toEqual([]);
  });
});
