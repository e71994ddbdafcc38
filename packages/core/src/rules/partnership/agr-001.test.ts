import { describe, expect, it } from 'vitest';
import { PartnershipAgreementDefinition as D } from '../../documents/partnership-agreement.js';
import { issuesOfRule, type LooseDocument } from '../../internal/testing.js';

const contacts = (doc: LooseDocument) => doc.workingArrangements[0].contactPoints;

describe('AGR-001 one contact point per side per region per date', () => {
  it('accepts the canonical example and a clean hand-over between two contacts', () => {
    expect(issuesOfRule(D, 'AGR-001', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'AGR-001', (d) => {
      contacts(d)[1].validTo = '2026-05-31';
      contacts(d).push({
        side: 'PUBLIC',
        region: 'AM22',
        name: 'N. Nieuw',
        role: 'Accountmanager',
        email: 'n@example.nl',
        validFrom: '2026-06-01',
      });
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects an in-force region without a public contact point', () => {
    const r = issuesOfRule(D, 'AGR-001', (d) => contacts(d).splice(1, 1));
    expect(r.valid).toBe(false);
    expect(r.nl).toHaveLength(1);
    expect(r.nl[0]?.severity).toBe('error');
    expect(r.nl[0]?.path).toEqual(['workingArrangements', 0, 'contactPoints']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Regio AM22 heeft op 2026-01-01 geen aanspreekpunt aan de publieke zijde."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Region AM22 has no contact point on the public side on 2026-01-01."`);
  });

  it('rejects a gap after a contact point ends', () => {
    const r = issuesOfRule(D, 'AGR-001', (d) => (contacts(d)[0].validTo = '2026-12-31'));
    expect(r.nl.map((i) => i.message)).toEqual(['Regio AM22 heeft op 2027-01-01 geen aanspreekpunt aan de werkgeverszijde.']);
  });

  it('rejects two overlapping contact points on one side', () => {
    const r = issuesOfRule(D, 'AGR-001', (d) =>
      contacts(d).push({
        side: 'EMPLOYER',
        region: 'AM21',
        name: 'T. Twee',
        role: 'HR',
        email: 't@example.nl',
        validFrom: '2026-03-01',
        validTo: '2026-04-30',
      }),
    );
    expect(r.nl).toHaveLength(1);
    expect(r.nl[0]?.path).toEqual(['workingArrangements', 0, 'contactPoints', 4]);
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"Region AM21 has 2 contact points on the employer side on 2026-03-01; there must be exactly one."`,
    );
  });

  it('only warns while the arrangements are a draft', () => {
    const r = issuesOfRule(D, 'AGR-001', (d) => {
      d.workingArrangements[0].status = 'DRAFT';
      contacts(d).splice(1, 1);
    });
    expect(r.nl).toHaveLength(1);
    expect(r.nl[0]?.severity).toBe('warning');
  });

  it('ignores superseded arrangements', () => {
    const r = issuesOfRule(D, 'AGR-001', (d) => {
      d.workingArrangements[0].status = 'SUPERSEDED';
      d.workingArrangements[0].contactPoints = [];
    });
    expect(r.nl).toEqual([]);
  });
});
