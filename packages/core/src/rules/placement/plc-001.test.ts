import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { asSecondment } from './test-helpers.js';

describe('PLC-001 lender and hirer for secondment and agency work', () => {
  it('accepts the example and a secondment with lender and another hirer', () => {
    expect(issuesOfRule(PlacementDefinition, 'PLC-001', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'PLC-001', asSecondment).nl).toEqual([]);
  });

  it('rejects agency work without lender and hirer', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-001', (p) => {
      p.type = 'TEMP_AGENCY';
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([['lender'], ['countingEmployer']]);
    expect(r.nl[1]?.message).toMatchInlineSnapshot(`"Geef de inlener op: bij detachering en uitzending telt de baan bij de inlener."`);
    expect(r.en[1]?.message).toMatchInlineSnapshot(`"State the hirer: for secondment and agency work the job counts for the hirer."`);
  });

  it('rejects a hirer that is the lender', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-001', (p) => {
      asSecondment(p);
      p.countingEmployer = { kvkNumber: '87654321' };
    });
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['error', ['countingEmployer', 'kvkNumber']]]);
  });
});
