import { describe, expect, it } from 'vitest';
import { ExecutionPlanDefinition as D } from '../../documents/execution-plan.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('PLN-004 financier per instrument, one responsible per step', () => {
  it('accepts the canonical example', () => {
    expect(issuesOfRule(D, 'PLN-004', () => {}).nl).toEqual([]);
  });

  it('rejects an instrument without financier', () => {
    const r = issuesOfRule(D, 'PLN-004', (p) => delete p.instruments[1].financier);
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['instruments', 1, 'financier']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Instrument JOBCOACH_EXTERNAL heeft geen financier."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Instrument JOBCOACH_EXTERNAL has no financier."`);
  });

  it('rejects a step with two or with no responsible parties', () => {
    const r = issuesOfRule(D, 'PLN-004', (p) => {
      p.processSteps[0].responsible.push({ scheme: 'UWV', value: 'UWV' });
      p.processSteps[1].responsible = [];
    });
    expect(r.nl.map((i) => i.path)).toEqual([
      ['processSteps', 0, 'responsible'],
      ['processSteps', 1, 'responsible'],
    ]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Processtap VACANCY_INTAKE heeft 2 verantwoordelijken; dat moet er precies één zijn."`);
    expect(r.en[1]?.message).toMatchInlineSnapshot(
      `"Process step CANDIDATE_PROPOSAL has 0 responsible parties; there must be exactly one."`,
    );
  });
});
