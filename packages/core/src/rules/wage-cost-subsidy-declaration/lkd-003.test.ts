import { describe, expect, it } from 'vitest';
import { WageCostSubsidyDeclarationDefinition as D } from '../../documents/wage-cost-subsidy-declaration.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('LKD-003 declared period', () => {
  it('accepts the example and a draft for the running month', () => {
    expect(issuesOfRule(D, 'LKD-003', () => {}).nl).toEqual([]);
    expect(issuesOfRule(D, 'LKD-003', (d) => (d.status = 'DRAFT'), { asOf: '2026-03-15' }).nl).toEqual([]);
  });

  it('rejects submitting a period that has not ended, and an inverted period', () => {
    const r = issuesOfRule(D, 'LKD-003', (d) => (d.status = 'SUBMITTED'), { asOf: '2026-03-31' });
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['period', 'to'], 'Declare after the period has ended (2026-03-31); paid hours are known then.'],
    ]);
    const inv = issuesOfRule(D, 'LKD-003', (d) => (d.period.to = '2026-02-28'));
    expect(inv.nl.map((i) => i.message)).toEqual(['Het einde van de periode ligt vóór het begin.']);
  });
});
