import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('WVA-011 first assessment face to face', () => {
  it('accepts the canonical example and a later assessment without conversation', () => {
    expect(issuesOfRule(D, 'WVA-011', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'WVA-011', (a) => {
      a.faceToFace = false;
      delete a.firstAssessment;
      a.supersedes = '4e0f9a8b-7c6d-4e5f-9a0b-1c2d3e4f5a6b';
    });
    expect(r.nl).toEqual([]);
  });

  it('warns about a first assessment without face-to-face conversation', () => {
    const r = issuesOfRule(D, 'WVA-011', (a) => (a.faceToFace = false));
    expect(r.valid).toBe(true);
    expect(r.nl[0]?.severity).toBe('warning');
    expect(r.nl[0]?.path).toEqual(['faceToFace']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Bij een eerste loonwaardebepaling hoort een persoonlijk gesprek met de werknemer."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"A first wage-value assessment should include a face-to-face conversation with the employee."`,
    );
  });
});
