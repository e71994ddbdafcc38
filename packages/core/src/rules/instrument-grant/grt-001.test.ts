import { describe, expect, it } from 'vitest';
import { InstrumentGrantDefinition as D } from '../../documents/instrument-grant.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('GRT-001 a decided grant names its decision', () => {
  it('accepts the example, a request without decision and a no-risk policy without one', () => {
    expect(issuesOfRule(D, 'GRT-001', () => {}).nl).toEqual([]);
    const requested = issuesOfRule(D, 'GRT-001', (g) => {
      g.status = 'REQUESTED';
      delete g.decidedOn;
      delete g.decisionReference;
    });
    expect(requested.nl).toEqual([]);
    const noRisk = issuesOfRule(D, 'GRT-001', (g) => {
      Object.assign(g, { instrument: 'NO_RISK_POLICY', financier: 'UWV', status: 'ACTIVE' });
      delete g.decidedOn;
      delete g.decisionReference;
    });
    expect(noRisk.nl).toEqual([]);
  });

  it('rejects a granted LKS without decision date and reference', () => {
    const r = issuesOfRule(D, 'GRT-001', (g) => {
      delete g.decidedOn;
      delete g.decisionReference;
    });
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['decidedOn'], 'Give the date of the decision (decidedOn).'],
      [['decisionReference'], 'Give the reference of the decision (decisionReference).'],
    ]);
    expect(r.nl[1]?.message).toBe('Geef het kenmerk van de beschikking (decisionReference).');
  });
});
