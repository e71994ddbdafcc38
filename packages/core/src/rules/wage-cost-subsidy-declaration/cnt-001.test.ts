import { describe, expect, it } from 'vitest';
import { WageCostSubsidyDeclarationDefinition as D } from '../../documents/wage-cost-subsidy-declaration.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('CNT-001 job equivalents from paid hours', () => {
  it('accepts the example (no job equivalent given) and the value derived from paid hours', () => {
    expect(issuesOfRule(D, 'CNT-001', () => {}).nl).toEqual([]);
    // 104 paid hours in 31 days = 23.4839 h/week → 0.92094 job
    expect(issuesOfRule(D, 'CNT-001', (d) => (d.counting.jobEquivalent = (104 * 7) / 31 / 25.5)).nl).toEqual([]);
  });

  it('rejects a job equivalent from contract hours (24 h/week → 0.9412)', () => {
    const r = issuesOfRule(D, 'CNT-001', (d) => (d.counting.jobEquivalent = 24 / 25.5));
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['counting', 'jobEquivalent'], 'The job equivalent follows from the paid hours of the period: 0.9209.'],
    ]);
    expect(r.nl[0]?.message).toBe('Het baanequivalent volgt uit de verloonde uren van de periode: 0.9209.');
  });

  it('rejects a count for a basis that does not count for the banenafspraak, or none', () => {
    const r = issuesOfRule(D, 'CNT-001', (d) => (d.counting = { basis: 'WORKING_WITH_PROVISION', jobEquivalent: 0.92 }));
    expect(r.en.map((i) => i.message)).toEqual(['Without a basis that counts for the banenafspraak the job equivalent is 0.']);
    expect(issuesOfRule(D, 'CNT-001', (d) => (d.counting = { jobEquivalent: 0.5 })).nl).toHaveLength(1);
    expect(issuesOfRule(D, 'CNT-001', (d) => (d.counting = { basis: 'WORKING_WITH_PROVISION', jobEquivalent: 0 })).nl).toEqual([]);
  });
});
