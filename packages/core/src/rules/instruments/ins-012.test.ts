import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { addGrant } from './test-helpers.js';

describe('INS-012 no-risk policy', () => {
  it('says nothing for the example and an active policy without application', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-012', () => {}).nl).toEqual([]);
    expect(
      issuesOfRule(
        PlacementDefinition,
        'INS-012',
        addGrant({ instrument: 'NO_RISK_POLICY', financier: 'UWV', status: 'ACTIVE', period: { from: '2026-03-01' } }),
      ).nl,
    ).toEqual([]);
  });

  it('informs that no application is needed', () => {
    const r = issuesOfRule(
      PlacementDefinition,
      'INS-012',
      addGrant({ instrument: 'NO_RISK_POLICY', financier: 'UWV', status: 'REQUESTED', appliedOn: '2026-03-02' }),
    );
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['information', ['instruments', 1, 'appliedOn']]]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"De no-riskpolis hoeft niet te worden aangevraagd: die geldt automatisch; leg hem vast als actief."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"The no-risk policy is not applied for: it applies automatically; record it as active."`,
    );
  });

  it('informs about the 5-year limit outside the banenafspraak groups', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-012', (p) => {
      p.candidate.targetGroup.basis = 'WORKING_WITH_PROVISION';
      addGrant({ instrument: 'NO_RISK_POLICY', financier: 'UWV', status: 'ACTIVE', period: { from: '2026-03-01' } })(p);
    });
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['information', ['instruments', 1, 'period', 'to']]]);
  });
});
