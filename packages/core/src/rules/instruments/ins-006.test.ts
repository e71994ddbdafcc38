import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { grant } from './test-helpers.js';

const fixed = (extra: Record<string, unknown> = {}) =>
  grant({ instrument: 'LKS_FIXED_RATE', period: { from: '2026-03-01', to: '2026-08-31' }, ...extra });

describe('INS-006 fixed-rate LKS', () => {
  it('accepts the example and six months at 50% WML', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-006', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'INS-006', fixed({ amountPerHourCents: 736 })).nl).toEqual([]); // €7.355
  });

  it('rejects a fixed rate beyond six months from the start of employment', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-006', fixed({ period: { from: '2026-03-01', to: '2026-12-31' } }));
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([['instruments', 0, 'period', 'to']]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Forfaitaire loonkostensubsidie geldt maximaal 6 maanden na de start van het dienstverband (tot en met 2026-08-31); daarna is een vastgestelde loonwaarde nodig."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"The fixed-rate subsidy applies at most 6 months from the start of employment (up to 2026-08-31); after that an established wage value is needed."`,
    );
  });

  it('rejects an open-ended fixed rate and an amount that is not 50% WML', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-006', fixed({ period: { from: '2026-03-01' }, amountPerHourCents: 1000 }));
    expect(r.nl.map((i) => i.path)).toEqual([
      ['instruments', 0, 'period', 'to'],
      ['instruments', 0, 'amountPerHourCents'],
    ]);
  });
});
