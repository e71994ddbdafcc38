import { describe, expect, it } from 'vitest';
import { ExecutionPlanDefinition as D } from '../../documents/execution-plan.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('PLN-001 plan period within the partnership lifetime', () => {
  it('accepts the canonical example', () => {
    expect(issuesOfRule(D, 'PLN-001', () => {}).nl).toEqual([]);
  });

  it('rejects a plan that starts before the partnership', () => {
    const r = issuesOfRule(D, 'PLN-001', (p) => (p.period.from = '2025-01-01'));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['period', 'from']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Het plan begint (2025-01-01) vóór de samenwerkingsrelatie (2025-11-05)."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"The plan starts (2025-01-01) before the partnership (2025-11-05)."`);
  });

  it('rejects a plan that ends after the partnership or before it starts', () => {
    const after = issuesOfRule(D, 'PLN-001', (p) => (p.partnershipPeriod.to = '2026-06-30'));
    expect(after.nl.map((i) => i.path)).toEqual([['period', 'to']]);
    expect(after.en[0]?.message).toMatchInlineSnapshot(`"The plan ends (2026-12-31) after the partnership (2026-06-30)."`);
    const reversed = issuesOfRule(D, 'PLN-001', (p) => (p.period.to = '2025-12-31'));
    expect(reversed.nl.map((i) => i.code)).toEqual(['PLN-001.order']);
  });
});
