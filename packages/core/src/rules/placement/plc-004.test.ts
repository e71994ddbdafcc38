import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { asUwvTrial } from './test-helpers.js';

describe('PLC-004 UWV trial length', () => {
  it('accepts the example, a 2-month trial and an extension with a reason', () => {
    expect(issuesOfRule(PlacementDefinition, 'PLC-004', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'PLC-004', asUwvTrial).nl).toEqual([]);
    const extended = issuesOfRule(PlacementDefinition, 'PLC-004', (p) => {
      asUwvTrial(p);
      p.trial.extendedToMonths = 4;
      p.trial.extensionReason = 'Meer inwerktijd nodig';
    });
    expect(extended.nl).toEqual([]);
  });

  it('warns about an extension without a reason', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-004', (p) => {
      asUwvTrial(p);
      p.trial.extendedToMonths = 4;
    });
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['warning', ['trial', 'extensionReason']]]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Een proefplaatsing langer dan 2 maanden vraagt een reden (alleen bij ziekte of arbeidsbeperking)."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"A trial placement longer than 2 months needs a reason (only for sick or disabled people)."`,
    );
  });

  it('rejects a trial longer than 6 months, even with a reason', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-004', (p) => {
      asUwvTrial(p);
      p.trial.extendedToMonths = 7;
      p.trial.extensionReason = 'Meer inwerktijd nodig';
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['error', ['trial', 'extendedToMonths']]]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Een proefplaatsing bij UWV duurt maximaal 6 maanden."`);
    expect(r.nl[0]?.message).not.toContain('inwerktijd');
  });
});
