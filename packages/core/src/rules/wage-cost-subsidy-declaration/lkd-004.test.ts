import { describe, expect, it } from 'vitest';
import { WageCostSubsidyDeclarationDefinition as D } from '../../documents/wage-cost-subsidy-declaration.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('LKD-004 rejection reason', () => {
  it('accepts the example and a rejection with a reason', () => {
    expect(issuesOfRule(D, 'LKD-004', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'LKD-004', (d) => {
      d.status = 'REJECTED';
      d.rejectionReason = 'HOURS_NOT_SUBSTANTIATED';
      delete d.payment;
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects a rejection without reason and a reason on a paid declaration', () => {
    const r = issuesOfRule(D, 'LKD-004', (d) => {
      d.status = 'REJECTED';
      delete d.payment;
    });
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['rejectionReason'], 'State with a reason code why the declaration was rejected.'],
    ]);
    const paid = issuesOfRule(D, 'LKD-004', (d) => (d.rejectionReason = 'DUPLICATE'));
    expect(paid.nl.map((i) => i.message)).toEqual(['Een redencode hoort alleen bij een afgewezen declaratie.']);
  });
});
