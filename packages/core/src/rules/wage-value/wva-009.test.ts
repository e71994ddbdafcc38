import { describe, expect, it } from 'vitest';
import { WageValueAssessmentDefinition as D } from '../../documents/wage-value-assessment.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('WVA-009 establishment in writing', () => {
  it('accepts the canonical example and a reported, not yet established assessment', () => {
    expect(issuesOfRule(D, 'WVA-009', () => {}).nl).toEqual([]);
    const r = issuesOfRule(D, 'WVA-009', (a) => {
      a.status = 'REPORTED';
      delete a.established;
    });
    expect(r.nl).toEqual([]);
  });

  it('rejects an established assessment without establishment', () => {
    const r = issuesOfRule(D, 'WVA-009', (a) => delete a.established);
    expect(r.valid).toBe(false);
    expect(r.nl[0]?.path).toEqual(['established']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(
      `"Een vastgestelde loonwaarde vermeldt wie haar wanneer schriftelijk heeft vastgesteld, met het besluitkenmerk."`,
    );
    expect(r.en[0]?.message).toMatchInlineSnapshot(
      `"An established wage value states who established it in writing, when, and the decision reference."`,
    );
  });

  it('rejects establishment by the employer, before the report, without reference', () => {
    const r = issuesOfRule(D, 'WVA-009', (a) => {
      a.established.by = { scheme: 'KVK', value: '12345678' };
      a.established.on = '2026-03-11';
      a.established.decisionReference = ' ';
    });
    expect(r.nl.map((i) => i.path)).toEqual([
      ['established', 'by'],
      ['established', 'on'],
      ['established', 'decisionReference'],
    ]);
    expect(r.en.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "The wage value is established by the municipal executive (GM code) or by UWV.",
        "Established on 2026-03-11, before the report date 2026-03-12.",
        "Decision reference is missing.",
      ]
    `);
  });
});
