import { describe, expect, it } from 'vitest';
import { PartnershipAgreementDefinition as D } from '../../documents/partnership-agreement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('ARR-003 uniform wage-value method from 2021-07-01', () => {
  it('accepts the canonical example and legacy methods for arrangements that ended before', () => {
    expect(issuesOfRule(D, 'ARR-003', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'ARR-003', (d) => {
      const wa = d.workingArrangements[0];
      wa.status = 'SUPERSEDED';
      wa.validFrom = '2019-01-01';
      wa.validTo = '2021-06-30';
      wa.wageValueApproach.method = 'LEGACY_DARIUZ';
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects a legacy method in arrangements in force after 2021-07-01', () => {
    const r = issuesOfRule(D, 'ARR-003', (d) => (d.workingArrangements[0].wageValueApproach.method = 'LEGACY_AKC'));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['workingArrangements', 0, 'wageValueApproach', 'method']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Vanaf 2021-07-01 is de uniforme loonwaardemethode (UNIFORM_2021) verplicht voor loonkostensubsidie, niet LEGACY_AKC."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"From 2021-07-01 the uniform wage-value method (UNIFORM_2021) is mandatory for wage-cost subsidy, not LEGACY_AKC."`,
    );
  });
});
