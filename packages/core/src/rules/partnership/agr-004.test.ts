import { describe, expect, it } from 'vitest';
import { PartnershipAgreementDefinition as D } from '../../documents/partnership-agreement.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('AGR-004 active without arrangements in force or without an active plan', () => {
  it('accepts the canonical example', () => {
    expect(issuesOfRule(D, 'AGR-004', () => {}).nl).toEqual([]);
  });

  it('warns when no arrangements are in force', () => {
    const r = issuesOfRule(D, 'AGR-004', (d) => (d.workingArrangements[0].status = 'PROPOSED'));
    expect(r.valid).toBe(true);
    expect(r.nl).toHaveLength(1);
    expect(r.nl[0]?.severity).toBe('warning');
    expect(r.nl[0]?.path).toEqual(['workingArrangements']);
    expect(r.nl[0]?.message).toMatchInlineSnapshot(`"De samenwerking is actief, maar er zijn geen werkafspraken in werking."`);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"The partnership is active, but no working arrangements are in force."`);
  });

  it('counts agreed arrangements whose start date has passed as in force', () => {
    expect(issuesOfRule(D, 'AGR-004', (d) => (d.workingArrangements[0].status = 'AGREED')).nl).toEqual([]);
  });

  it('warns when the partnership reports no active plan, not when it is unknown', () => {
    const r = issuesOfRule(D, 'AGR-004', (d) => (d.hasActiveExecutionPlan = false));
    expect(r.nl.map((i) => i.path)).toEqual([['hasActiveExecutionPlan']]);
    expect(r.en[0]?.message).toMatchInlineSnapshot(`"The partnership is active, but there is no active execution plan."`);
    expect(issuesOfRule(D, 'AGR-004', (d) => delete d.hasActiveExecutionPlan).nl).toEqual([]);
  });

  it('does not apply before the partnership is active', () => {
    const r = issuesOfRule(D, 'AGR-004', (d) => {
      d.status = 'ARRANGEMENTS_AGREED';
      d.hasActiveExecutionPlan = false;
    });
    expect(r.nl).toEqual([]);
  });
});
