import { describe, expect, it } from 'vitest';
import { PartnershipAgreementDefinition as D } from '../../documents/partnership-agreement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('AGR-005 declaration has a signing level', () => {
  it('accepts the canonical example', () => {
    expect(issuesOfRule(D, 'AGR-005', () => {}).nl).toEqual([]);
  });

  it('rejects a declaration without signing level', () => {
    const r = issuesOfRule(D, 'AGR-005', (d) => delete d.declarationsOfIntent[0].signingLevel);
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['declarationsOfIntent', 0, 'signingLevel']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Geef aan of de intentieverklaring bestuurlijk of ambtelijk wordt ondertekend."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"State whether the declaration is signed at administrative or official level."`);
  });
});
