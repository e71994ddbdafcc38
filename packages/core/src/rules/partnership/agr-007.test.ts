import { describe, expect, it } from 'vitest';
import { PartnershipAgreementDefinition as D } from '../../documents/partnership-agreement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('AGR-007 signed declaration: every signatory dated, none in the future', () => {
  it('accepts the canonical example', () => {
    expect(issuesOfRule(D, 'AGR-007', () => {}).nl).toEqual([]);
  });

  it('rejects a signatory without a signing date', () => {
    const r = issuesOfRule(D, 'AGR-007', (d) => delete d.declarationsOfIntent[0].signatories[1].signedOn);
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['declarationsOfIntent', 0, 'signatories', 1, 'signedOn']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Ondertekeningsdatum ontbreekt bij deze ondertekenaar."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"This signatory has no signing date."`);
  });

  it('rejects a signing date after the reference date', () => {
    const r = issuesOfRule(D, 'AGR-007', (d) => (d.declarationsOfIntent[0].signatories[0].signedOn = '2026-06-02'));
    expect(r.nl.map((i) => i.path)).toEqual([['declarationsOfIntent', 0, 'signatories', 0, 'signedOn']]);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Signing date 2026-06-02 is in the future."`);
  });

  it('does not apply before signing', () => {
    const r = issuesOfRule(D, 'AGR-007', (d) => {
      d.declarationsOfIntent[0].status = 'FOR_SIGNATURE';
      delete d.declarationsOfIntent[0].signatories[1].signedOn;
    });
    expect(r.nl).toEqual([]);
  });
});
