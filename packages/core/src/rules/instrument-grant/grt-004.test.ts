import { describe, expect, it } from 'vitest';
import { InstrumentGrantDefinition as D } from '../../documents/instrument-grant.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('GRT-004 LKS grant basis', () => {
  it('accepts the example, an agreed skip of the measurement, and a request without wage value', () => {
    expect(issuesOfRule(D, 'GRT-004', () => {}).nl).toEqual([]);
    expect(
      issuesOfRule(D, 'GRT-004', (g) => {
        g.skipMeasurementAgreed = true;
        delete g.wageValueAssessmentId;
      }).nl,
    ).toEqual([]);
    expect(
      issuesOfRule(D, 'GRT-004', (g) => {
        g.status = 'REQUESTED';
        delete g.wageValuePct;
      }).nl,
    ).toEqual([]);
  });

  it('rejects a grant at a wage value of 100 and one without assessment', () => {
    const r = issuesOfRule(D, 'GRT-004', (g) => {
      g.wageValuePct = 100;
      delete g.wageValueAssessmentId;
    });
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['wageValuePct'], 'No wage-cost subsidy at a wage value of 100% or more.'],
      [
        ['wageValueAssessmentId'],
        'Refer to the established wage-value assessment, or state that granting without a measurement was agreed.',
      ],
    ]);
    const none = issuesOfRule(D, 'GRT-004', (g) => delete g.wageValuePct);
    expect(none.nl.map((i) => i.message)).toEqual(['Geef de loonwaarde waarop de subsidie is toegekend.']);
  });
});
