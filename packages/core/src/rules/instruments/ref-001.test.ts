import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('REF-001 parameters by the period date', () => {
  it("accepts the example and the period's own minimum wage", () => {
    expect(issuesOfRule(PlacementDefinition, 'REF-001', () => {}).nl).toEqual([]);
    const ok = issuesOfRule(PlacementDefinition, 'REF-001', (p) => {
      p.instruments[0].parametersUsed = [{ tableId: 'WML_HOURLY_ADULT', validFrom: '2026-01-01', value: '14.71' }];
    });
    expect(ok.nl).toEqual([]);
  });

  it("rejects a January 2025 correction computed with today's (2026) minimum wage", () => {
    const r = issuesOfRule(PlacementDefinition, 'REF-001', (p) => {
      p.startDate = '2025-01-01';
      p.instruments[0].period = { from: '2025-01-01', to: '2025-01-31' };
      p.instruments[0].parametersUsed = [{ tableId: 'WML_HOURLY_ADULT', validFrom: '2026-01-01', value: '14.71' }];
    });
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['instruments', 0, 'parametersUsed', 0, 'validFrom']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Parameter WML_HOURLY_ADULT (geldig vanaf 2026-01-01) geldt niet in de periode 2025-01-01 – 2025-01-31; kies de waarde op de datum van de periode."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"Parameter WML_HOURLY_ADULT (valid from 2026-01-01) does not apply in the period 2025-01-01 – 2025-01-31; select the value on the period's date."`,
    );
  });
});
