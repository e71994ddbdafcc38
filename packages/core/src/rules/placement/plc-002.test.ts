import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('PLC-002 job equivalent is derived', () => {
  it('accepts no job equivalent, the exact one and one rounded to 2 decimals', () => {
    expect(issuesOfRule(PlacementDefinition, 'PLC-002', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'PLC-002', (p) => (p.jobEquivalent = 24 / 25.5)).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'PLC-002', (p) => (p.jobEquivalent = 0.94)).nl).toEqual([]);
  });

  it('rejects a supplied job equivalent that differs', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-002', (p) => (p.jobEquivalent = 1));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['jobEquivalent']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Baanequivalent wordt afgeleid uit de uren: 24 / 25,5 = 0,94. Lever de uren aan, niet de breuk."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"The job equivalent is derived from the hours: 24 / 25.5 = 0.94. Supply hours, not the fraction."`,
    );
  });
});
