import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { asSecondment } from './test-helpers.js';

describe('PLC-009 counting goes to the hirer', () => {
  it('accepts the example and a secondment counted at the hirer', () => {
    expect(issuesOfRule(PlacementDefinition, 'PLC-009', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'PLC-009', asSecondment).nl).toEqual([]);
  });

  it('rejects agency work counted at the agency', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-009', (p) => {
      asSecondment(p);
      p.type = 'TEMP_AGENCY';
      p.lender = { scheme: 'VESTIGING', value: '000087654321' };
      p.countingEmployer = { kvkNumber: '87654321' };
    });
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['countingEmployer', 'kvkNumber']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"De baan telt bij de inlener, niet bij de werkgever die de werknemer uitleent."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"The job counts for the hirer, not for the employer that lends the worker."`);
  });

  it('leaves a hirer equal to the lender to PLC-001', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-009', (p) => {
      asSecondment(p);
      p.countingEmployer = { kvkNumber: '87654321' };
    });
    expect(r.nl).toEqual([]);
  });
});
