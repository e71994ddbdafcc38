import { describe, expect, it } from 'vitest';
import { ExecutionPlanDefinition as D } from '../../documents/execution-plan.js';
import { issuesOfRule } from '../../internal/testing.js';

const ownTarget = (owner: object) => ({ year: 2026, region: 'AM22', unit: 'JOB_EQUIVALENTS', value: 10, ownedBy: [owner] });

describe('PLN-003 one shared target per region', () => {
  it('accepts the canonical example and targets in different years', () => {
    expect(issuesOfRule(D, 'PLN-003', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'PLN-003', (p) => p.targets.push({ ...ownTarget({ scheme: 'UWV', value: 'UWV' }), year: 2027 }));
    expect(r.nl).toEqual([]);
  });

  it('warns when public parties keep separate targets for one region', () => {
    const r = issuesOfRule(D, 'PLN-003', (p) => {
      p.targets = [ownTarget({ scheme: 'GM', value: 'GM0599' }), ownTarget({ scheme: 'UWV', value: 'UWV' })];
    });
    expect(r.valid).toBe(true);
    expect(r.nl).toHaveLength(1);
    expect(r.nl[0]?.severity).toBe('warning');
    expect(r.nl[0]?.path).toEqual(['targets', 1, 'ownedBy']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Voor regio AM22 in 2026 hebben verschillende partijen elk een eigen taakstelling; spreek één gezamenlijke taakstelling af."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"For region AM22 in 2026 different parties each have their own target; agree one shared target."`,
    );
  });

  it('treats a target without region as one for the single region of the plan', () => {
    const r = issuesOfRule(D, 'PLN-003', (p) => p.targets.push({ ...ownTarget({ scheme: 'UWV', value: 'UWV' }), region: undefined }));
    expect(r.nl.map((i) => i.path)).toEqual([['targets', 1, 'ownedBy']]);
  });
});
