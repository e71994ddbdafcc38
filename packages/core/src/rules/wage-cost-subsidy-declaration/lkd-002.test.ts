import { describe, expect, it } from 'vitest';
import { WageCostSubsidyDeclarationDefinition as D } from '../../documents/wage-cost-subsidy-declaration.js';
import { issuesOfRule } from '../../internal/testing.js';

describe('LKD-002 payment of a declaration', () => {
  it('accepts the paid example and a submitted one without payment', () => {
    expect(issuesOfRule(D, 'LKD-002', () => {}).nl).toEqual([]);
    expect(
      issuesOfRule(D, 'LKD-002', (d) => {
        d.status = 'SUBMITTED';
        delete d.payment;
      }).nl,
    ).toEqual([]);
  });

  it('rejects a paid declaration without payment and a payment on an approved one', () => {
    const r = issuesOfRule(D, 'LKD-002', (d) => delete d.payment);
    expect(r.valid).toBe(false);
    expect(r.en.map((i) => [i.path, i.message])).toEqual([[['payment'], 'Record the payment (date and amount).']]);
    const approved = issuesOfRule(D, 'LKD-002', (d) => (d.status = 'APPROVED'));
    expect(approved.nl.map((i) => i.message)).toEqual(['Alleen een betaalde declaratie heeft een betaling.']);
  });

  it('warns when the amount paid differs from the computed subsidy', () => {
    const r = issuesOfRule(D, 'LKD-002', (d) => (d.payment.amountCents = 70000));
    expect(r.valid).toBe(true);
    expect(r.en.map((i) => [i.severity, i.code, i.message])).toEqual([
      ['warning', 'LKD-002.amount-differs', 'The amount paid (70000 cents) differs from the computed subsidy (75574 cents).'],
    ]);
  });
});
