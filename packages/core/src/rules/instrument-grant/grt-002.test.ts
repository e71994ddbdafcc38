import { describe, expect, it } from 'vitest';
import { InstrumentGrantDefinition as D } from '../../documents/instrument-grant.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('GRT-002 grant dates in order', () => {
  it('accepts the example', () => {
    expect(issuesOfRule(D, 'GRT-002', () => {}).nl).toEqual([]);
  });

  it('rejects a decision before the application and an inverted period', () => {
    const r = issuesOfRule(D, 'GRT-002', (g) => {
      g.decidedOn = '2026-03-01';
      g.period.to = '2026-02-28';
    });
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([
      [['decidedOn'], 'The decision lies before the application.'],
      [['period', 'to'], 'The period ends before it starts.'],
    ]);
  });

  it('rejects a decision date after the reference date', () => {
    const r = issuesOfRule(D, 'GRT-002', () => {}, { asOf: '2026-03-19' });
    expect(r.nl.map((i) => [i.path, i.message])).toEqual([[['decidedOn'], 'De besluitdatum ligt in de toekomst.']]);
  });
});
