import { describe, expect, it } from 'vitest';
import { PartnershipAgreementDefinition as D } from '../../documents/partnership-agreement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('AGR-008 relationship values from the code list or x- extensions', () => {
  it('accepts the canonical example and a namespaced extension value', () => {
    expect(issuesOfRule(D, 'AGR-008', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'AGR-008', (d) => d.relationshipValues.push('x-acme-koffie-samen')).nl).toEqual([]);
  });

  it('warns about an unknown value, also in a review', () => {
    const r = issuesOfRule(D, 'AGR-008', (d) => {
      d.relationshipValues.push('TRUST');
      d.reviews[0].valuesDiscussed.push('gezelligheid');
    });
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => i.path)).toEqual([
      ['relationshipValues', 3],
      ['reviews', 0, 'valuesDiscussed', 1],
    ]);
    expect(r.nl[0]?.severity).toBe('warning');
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Onbekende waarde: gebruik een code uit de lijst RelationshipValue of een extensie x-<leverancier>-<naam>."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"Unknown value: use a code of the RelationshipValue list or an extension x-<vendor>-<name>."`,
    );
  });
});
