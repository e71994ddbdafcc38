import { describe, expect, it } from 'vitest';
import { PlacementDefinition as D } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('PRV-001 BSN only with a processing basis', () => {
  it('accepts the canonical example (no BSN) and a BSN with a statutory basis', () => {
    expect(issuesOfRule(D, 'PRV-001', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'PRV-001', (p) => (p.candidate.identity = { bsn: '123456782', bsnProcessingBasis: 'PAYROLL_TAX' }));
    expect(r.nl).toEqual([]);
  });

  it('rejects a BSN without basis and never repeats it', () => {
    const r = issuesOfRule(D, 'PRV-001', (p) => (p.candidate.identity = { bsn: '123456782' }));
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['candidate', 'identity', 'bsnProcessingBasis']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Een BSN mag alleen worden vastgelegd met een wettelijke grondslag; toestemming is geen grondslag."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"A BSN may only be recorded with a statutory basis; consent is not a basis."`);
    expect(JSON.stringify([...r.nl, ...r.en])).not.toContain('123456782');
  });
});
