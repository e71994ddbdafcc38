import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { grant } from './test-helpers.js';

const wajong = (p: any) => {
  p.candidate.targetGroup.basis = 'WAJONG';
  p.candidate.responsibleParty = { scheme: 'UWV', value: 'UWV' };
};
const dispensation =
  (extra: Record<string, unknown> = {}) =>
  (p: any) => {
    wajong(p);
    grant({
      instrument: 'WAGE_DISPENSATION',
      financier: 'UWV',
      appliedOn: '2026-03-10',
      period: { from: '2026-03-01', to: '2027-02-28' },
      wageValuePct: 60,
      employeeInformedOn: '2026-02-20',
      ...extra,
    })(p);
  };

describe('INS-010 wage dispensation conditions', () => {
  it('accepts the example and a complete Wajong dispensation', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-010', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'INS-010', dispensation()).nl).toEqual([]);
  });

  it('rejects a high wage value, a late start and an uninformed employee', () => {
    const r = issuesOfRule(
      PlacementDefinition,
      'INS-010',
      dispensation({ wageValuePct: 80, period: { from: '2026-04-01', to: '2027-02-28' }, employeeInformedOn: undefined }),
    );
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([
      ['instruments', 0, 'wageValuePct'],
      ['instruments', 0, 'period', 'from'],
      ['instruments', 0, 'employeeInformedOn'],
    ]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Loondispensatie vraagt een loonwaarde van hoogstens 75%."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"Wage dispensation requires a wage value of at most 75%."`);
  });

  it('rejects dispensation for a non-Wajong basis and on a contract ending within 6 months', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-010', (p) => {
      dispensation({ appliedOn: '2026-10-05', period: { from: '2026-10-01', to: '2027-09-30' } })(p);
      p.candidate.targetGroup.basis = 'PW_NO_WML_CAPACITY';
    });
    expect(r.nl.map((i) => i.path)).toEqual([
      ['candidate', 'targetGroup', 'basis'],
      ['contract', 'durationMonths'],
    ]);
  });
});
