import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('WVA-014 deployability only with legacy methods', () => {
  it('accepts the canonical example and deployability with a legacy method', () => {
    expect(issuesOfRule(D, 'WVA-014', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'WVA-014', (a) => {
      a.method = 'LEGACY_LOONBALANS';
      a.components.push('DEPLOYABILITY');
      a.mainTasks[0].deployabilityPct = 80;
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects deployability with the uniform method', () => {
    const r = issuesOfRule(D, 'WVA-014', (a) => {
      a.components.push('DEPLOYABILITY');
      a.mainTasks[0].deployabilityPct = 80;
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([
      ['components', 3],
      ['mainTasks', 0, 'deployabilityPct'],
    ]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Inzetbaarheid is geen component van methode UNIFORM_2021; alleen oude methoden gebruiken haar."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"Deployability is not a component of method UNIFORM_2021; only legacy methods use it."`,
    );
  });
});
