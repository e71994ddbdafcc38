import { describe, expect, it } from 'vitest';
import { municipalitiesInRegion } from '../../codelists/municipality.js';
import { PartnershipAgreementDefinition as D } from '../../documents/partnership-agreement.js';
import { issuesOfRule } from '../../internal/testing.js';

const members = municipalitiesInRegion('AM22', '2025-11-05').map((m) => m.gmCode);

describe('AGR-006 central signing: region and its municipalities on the signing date', () => {
  it('accepts the canonical example and the exact member list', () => {
    expect(members).toContain('GM0599');
    expect(issuesOfRule(D, 'AGR-006', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'AGR-006', (d) => (d.declarationsOfIntent[0].coveredMunicipalities = [...members].reverse())).nl).toEqual([]);
  });

  it('rejects central signing without a region', () => {
    const r = issuesOfRule(D, 'AGR-006', (d) => delete d.declarationsOfIntent[0].region);
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['declarationsOfIntent', 0, 'region']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Een centrale ondertekening voor de regio moet de arbeidsmarktregio noemen."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"A central signing for the region must name the labour-market region."`);
  });

  it('rejects a covered list that misses a member or adds an outsider', () => {
    const r = issuesOfRule(
      D,
      'AGR-006',
      (d) => (d.declarationsOfIntent[0].coveredMunicipalities = [...members.filter((m) => m !== 'GM0599'), 'GM0518']),
    );
    expect(r.nl.map((i) => i.code)).toEqual(['AGR-006.missing', 'AGR-006.extra']);
    expect(r.nl[0]?.path).toEqual(['declarationsOfIntent', 0, 'coveredMunicipalities']);
    expect(r.nl.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "Gedekte gemeenten missen 1 gemeente(n) van regio AM22 op 2025-11-05: GM0599.",
        "Gedekte gemeenten bevatten 1 gemeente(n) die op 2025-11-05 niet tot regio AM22 behoren: GM0518.",
      ]
    `);
    expect(r.en.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "Covered municipalities lack 1 member(s) of region AM22 on 2025-11-05: GM0599.",
        "Covered municipalities include 1 municipality(ies) not in region AM22 on 2025-11-05: GM0518.",
      ]
    `);
  });

  it('does not apply to other signing scopes', () => {
    const r = issuesOfRule(D, 'AGR-006', (d) => {
      d.declarationsOfIntent[0].signingScope = 'SINGLE_PARTY';
      delete d.declarationsOfIntent[0].region;
    });
    expect(r.nl).toEqual([]);
  });
});
