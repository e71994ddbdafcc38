import { describe, expect, it } from 'vitest';
import { PartnershipAgreementDefinition as D } from '../../documents/partnership-agreement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('AGR-002 employer and at least one region or municipality', () => {
  it('accepts the canonical example and a partnership with only a municipality', () => {
    expect(issuesOfRule(D, 'AGR-002', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'AGR-002', (d) => {
      d.regions = [];
      d.publicParties = [{ party: { scheme: 'GM', value: 'GM0599' }, role: 'MUNICIPALITY' }];
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects a partnership without region or municipality', () => {
    const r = issuesOfRule(D, 'AGR-002', (d) => {
      d.regions = [];
      d.publicParties = [{ party: { scheme: 'UWV', value: 'UWV' }, role: 'UWV' }];
    });
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['regions']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Noem minstens één arbeidsmarktregio of een gemeente als publieke partij."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Name at least one labour-market region or a municipality as public party."`);
  });
});
