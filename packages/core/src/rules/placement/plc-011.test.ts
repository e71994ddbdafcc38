import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule } from '../../internal/testing.js';
import { asUwvTrial } from './test-helpers.js';

describe('PLC-011 trial terms', () => {
  it('accepts the example and a UWV trial with whole months', () => {
    expect(issuesOfRule(PlacementDefinition, 'PLC-011', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'PLC-011', asUwvTrial).nl).toEqual([]);
  });

  it('rejects a trial placement without trial terms', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-011', (p) => {
      asUwvTrial(p);
      delete p.trial;
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => [i.severity, i.code, i.path])).toEqual([['error', 'PLC-011.terms', ['trial']]]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Een proefplaatsing vermeldt de voorwaarden van de proefplaatsing (trial): regime, duur en verzekeringen."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"A trial placement states its trial terms (trial): regime, length and insurance."`);
  });

  it('rejects lengths that are not whole months, naming the field', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-011', (p) => {
      asUwvTrial(p);
      p.trial.plannedMonths = 2.5;
      p.trial.extendedToMonths = 3.25;
      p.trial.extensionReason = 'Meer inwerktijd';
    });
    expect(r.valid).toBe(false);
    expect(r.nl.map((i) => i.path)).toEqual([
      ['trial', 'plannedMonths'],
      ['trial', 'extendedToMonths'],
    ]);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"A trial placement lasts whole months (now 2.5)."`);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"Een proefplaatsing duurt hele maanden (nu 2,5)."`);
  });
});
