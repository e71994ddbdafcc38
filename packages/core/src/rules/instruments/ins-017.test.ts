import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { addGrant, grant } from './test-helpers.js';

const lkv = (extra: Record<string, unknown> = {}) =>
  grant({ instrument: 'LKV_JOB_AGREEMENT', financier: 'TAX_AUTHORITY', status: 'ACTIVE', period: { from: '2026-03-01' }, ...extra });

describe('INS-017 LKV banenafspraak', () => {
  it('accepts the example and an LKV from 2026 for a register member', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-017', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'INS-017', lkv({ amountPerHourCents: 101 })).nl).toEqual([]);
  });

  it('rejects a wrong rate and an LKV without register entry from 2026', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-017', (p) => {
      lkv({ amountPerHourCents: 135 })(p);
      p.candidate.targetGroup.inRegister = false;
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([
      ['instruments', 0, 'amountPerHourCents'],
      ['candidate', 'targetGroup', 'inRegister'],
    ]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"LKV banenafspraak is € 1,01 per verloond uur, niet € 1,35."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"LKV job agreement is €1.01 per paid hour, not €1.35."`);
  });

  it('rejects a pre-2026 employment without a timely target-group statement', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-017', (p) => {
      p.startDate = '2024-03-01';
      p.instruments = [];
      lkv({ period: { from: '2024-03-01', to: '2025-12-31' }, targetGroupStatementRequestedOn: '2024-07-01' })(p);
    });
    expect(r.nl.map((i) => i.path)).toEqual([['instruments', 0, 'targetGroupStatementRequestedOn']]);
  });

  it('rejects two payroll allowances at once and one for sheltered work', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-017', (p) => {
      lkv()(p);
      p.type = 'SHELTERED_WORK';
      addGrant({ instrument: 'LKV_DISABLED', financier: 'TAX_AUTHORITY', status: 'ACTIVE' })(p);
    });
    expect(r.nl.map((i) => i.path)).toEqual([['instruments', 1, 'instrument'], ['type']]);
  });
});
