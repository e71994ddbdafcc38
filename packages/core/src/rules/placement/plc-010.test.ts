import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { asUwvTrial } from './test-helpers.js';

describe('PLC-010 counting needs a counting basis', () => {
  it('accepts the example and ignores unpaid placements', () => {
    expect(issuesOfRule(PlacementDefinition, 'PLC-010', () => {}).nl).toEqual([]);
    expect(
      issuesOfRule(PlacementDefinition, 'PLC-010', (p) => {
        asUwvTrial(p);
        delete p.candidate.targetGroup;
      }).nl,
    ).toEqual([]);
  });

  it('warns about a basis that does not count, without naming it', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-010', (p) => (p.candidate.targetGroup.basis = 'WORKING_WITH_PROVISION'));
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['warning', ['candidate', 'targetGroup', 'basis']]]);
    expect(r.nl[0]?.message).not.toContain('WORKING_WITH_PROVISION');
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"De grondslag van de kandidaat telt niet mee voor de banenafspraak."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"The candidate's basis does not count for the banenafspraak."`);
  });

  it('warns when the basis ended before the placement or the person is not in the register', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-010', (p) => {
      p.candidate.targetGroup.basisValidTo = '2025-12-31';
      p.candidate.targetGroup.inRegister = false;
    });
    expect(r.nl.map((i) => i.path)).toEqual([
      ['candidate', 'targetGroup', 'inRegister'],
      ['candidate', 'targetGroup', 'basisValidTo'],
    ]);
  });

  it('warns when there is no register entry at all', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-010', (p) => delete p.candidate.targetGroup);
    expect(r.nl.map((i) => i.path)).toEqual([['candidate', 'targetGroup']]);
  });
});
