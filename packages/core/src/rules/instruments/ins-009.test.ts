import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('INS-009 LKS needs an established wage value', () => {
  it('accepts the example, an agreed skip and a request without assessment', () => {
    expect(issuesOfRule(PlacementDefinition, 'INS-009', () => {}).nl).toEqual([]);
    const skip = issuesOfRule(PlacementDefinition, 'INS-009', (p) => {
      delete p.instruments[0].wageValueAssessmentId;
      p.instruments[0].skipMeasurementAgreed = true;
    });
    expect(skip.nl).toEqual([]);
    const requested = issuesOfRule(PlacementDefinition, 'INS-009', (p) => {
      delete p.instruments[0].wageValueAssessmentId;
      p.instruments[0].status = 'REQUESTED';
    });
    expect(requested.nl).toEqual([]);
  });

  it('rejects a granted LKS without assessment or agreement', () => {
    const r = issuesOfRule(PlacementDefinition, 'INS-009', (p) => delete p.instruments[0].wageValueAssessmentId);
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['instruments', 0, 'wageValueAssessmentId']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Verwijs naar de vastgestelde loonwaardebepaling, of leg vast dat de gemeente afziet van meten."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"Link the established wage-value assessment, or record that the municipality agreed to skip the measurement."`,
    );
  });
});
