import { describe, expect, it } from 'vitest';
import { PartnershipAgreementDefinition as D } from '../../documents/partnership-agreement.js';
import { issuesOfRule, type LooseDocument } from '../../internal/testing.js';

const tp = (d: LooseDocument) => d.workingArrangements[0].trialPlacement;

describe('ARR-002 harmonised trial length', () => {
  it('accepts the canonical example', () => {
    expect(issuesOfRule(D, 'ARR-002', () => {}).nl).toEqual([]);
  });

  it('rejects a default longer than the maximum', () => {
    const r = issuesOfRule(D, 'ARR-002', (d) => (tp(d).defaultMonths = 7));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['workingArrangements', 0, 'trialPlacement', 'defaultMonths']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Standaardduur 7 maanden is langer dan het maximum van 6 maanden."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Default length of 7 months exceeds the maximum of 6 months."`);
  });

  it('rejects a UWV maximum above 6 months', () => {
    const r = issuesOfRule(D, 'ARR-002', (d) => (tp(d).maxMonths = 8));
    expect(r.nl.map((i) => [i.path, i.severity])).toEqual([[['workingArrangements', 0, 'trialPlacement', 'maxMonths'], 'error']]);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"A trial placement under the UWV regime lasts at most 6 months, not 8."`);
  });

  it('only warns when a Participation Act maximum exceeds the configured one', () => {
    const r = issuesOfRule(D, 'ARR-002', (d) => {
      tp(d).regime = 'MUNICIPAL_PW';
      tp(d).maxMonths = 8;
    });
    expect(r.valid).toBe(true);
    expect(r.nl[0]?.severity).toBe('warning');
    expect(r.nl[0]?.code).toBe('ARR-002.pw-max');
  });
});
