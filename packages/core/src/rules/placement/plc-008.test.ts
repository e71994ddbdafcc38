import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { asUwvTrial } from './test-helpers.js';

describe('PLC-008 unpaid placements do not count', () => {
  it('accepts the example, a paid job with a job equivalent and a trial without one', () => {
    expect(issuesOfRule(PlacementDefinition, 'PLC-008', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'PLC-008', (p) => (p.jobEquivalent = 24 / 25.5)).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'PLC-008', asUwvTrial).nl).toEqual([]);
  });

  it('rejects a job equivalent on an internship', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-008', (p) => {
      p.type = 'INTERNSHIP';
      p.jobEquivalent = 0.5;
    });
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['jobEquivalent']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Een stage levert geen verloonde uren op en telt niet mee; laat het baanequivalent weg."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"A placement of type internship produces no paid hours and does not count; leave out the job equivalent."`,
    );
  });

  it('reports an unpaid job equivalent once (PLC-008, not PLC-002)', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-002', (p) => {
      p.type = 'WORK_EXPERIENCE';
      p.jobEquivalent = 0.5;
    });
    expect(r.nl).toEqual([]);
  });
});
