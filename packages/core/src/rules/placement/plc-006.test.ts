import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../../documents/placement.js';
import { issuesOfRule, type LooseDocument } from '../../internal/testing.js';
import { asUwvTrial } from './test-helpers.js';

function asPwTrial(p: LooseDocument): void {
  asUwvTrial(p);
  p.trial.regime = 'MUNICIPAL_PW';
}

describe('PLC-006 Participation Act trial place', () => {
  it('accepts the example and a 2-month trial place', () => {
    expect(issuesOfRule(PlacementDefinition, 'PLC-006', () => {}).nl).toEqual([]);
    expect(issuesOfRule(PlacementDefinition, 'PLC-006', asPwTrial).nl).toEqual([]);
  });

  it('warns above the configured maximum', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-006', (p) => {
      asPwTrial(p);
      p.trial.plannedMonths = 8;
    });
    expect(r.valid).toBe(true);
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['warning', ['trial', 'plannedMonths']]]);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"De proefplaats is langer dan het afgesproken maximum van 6 maanden."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"The trial place is longer than the configured maximum of 6 months."`);
  });

  it('rejects the regime before it existed (2023-07-01)', () => {
    const r = issuesOfRule(PlacementDefinition, 'PLC-006', (p) => {
      asPwTrial(p);
      p.startDate = '2023-03-01';
    });
    expect(r.nl.map((i) => [i.severity, i.path])).toEqual([['error', ['trial', 'regime']]]);
  });
});
