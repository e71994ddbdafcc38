import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('REF-003 split at parameter boundaries', () => {
  it('accepts the example and an amount for a period within one minimum-wage row', () => {
    expect(issuesOfRule(PlacementDefinition, 'REF-003', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'REF-003', (p) => (p.instruments[0].amountPerHourCents = 727)).nl).toEqual([]);
  });

  it('rejects one amount for a period across 1 July', () => {
    const r = issuesOfRule(PlacementDefinition, 'REF-003', (p) => {
      p.startDate = '2025-06-30';
      p.contract.hourlyWageCents = 1440;
      p.instruments[0].period = { from: '2025-06-30', to: '2025-07-06' };
      p.instruments[0].amountPerHourCents = 711;
    });
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['instruments', 0, 'amountPerHourCents']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"De periode loopt over een parametergrens op 2025-07-01; één bedrag per uur past niet bij beide delen. Splits de periode en reken per deel."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"The period crosses a parameter boundary on 2025-07-01; one amount per hour cannot fit both parts. Split the period and compute each part."`,
    );
  });

  it('leaves that amount to REF-003 only (INS-003 stays silent)', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-003', (p) => {
      p.startDate = '2025-06-30';
      p.instruments[0].period = { from: '2025-06-30', to: '2025-07-06' };
      p.instruments[0].amountPerHourCents = 1;
    });
    expect(r.nl).toEqual([]);
  });
});
