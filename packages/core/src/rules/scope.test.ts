import { describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../documents/index.js';
import { defaultReferenceData } from '../reference-data/index.js';
import { validate } from '../validation/validate.js';
import { rules } from './catalogue.js';
import type { RuleContext } from './rule.js';

// Facts shared between rules (identifier index, live grants, recomputed amounts) live only
// for one `validate` call. These tests mutate one document object between calls and expect
// every call to see the document as it is then.
const ctx: RuleContext = { asOf: '2026-06-01', referenceData: defaultReferenceData, environment: 'production', locale: 'en' };
const rule = (id: string) => rules.find((r) => r.id === id)!;
const ruleIds = (input: unknown) => validate(PlacementDefinition, input, { asOf: '2026-06-01' }).issues.map((i) => `${i.ruleId}:${i.path.join('.')}`);

describe('per-validation facts', () => {
  it('a mutated input validated again is checked afresh', () => {
    const doc = structuredClone(PlacementDefinition.example) as any;
    expect(ruleIds(doc)).toEqual([]);
    doc.employer.payrollTaxNumber = '123456780L01'; // fails the 11-proef
    doc.municipality = 'GM9999'; // does not exist
    doc.candidate.responsibleParty.value = 'GM0363';
    doc.instruments[0].amountPerHourCents = 1;
    expect(ruleIds(doc)).toEqual(['IDN-005:employer.payrollTaxNumber', 'IDN-007:municipality', 'INS-003:instruments.0.amountPerHourCents']);
    doc.employer.payrollTaxNumber = '123456782L01';
    doc.municipality = 'GM0599';
    doc.candidate.responsibleParty.value = 'GM0599';
    delete doc.instruments[0].amountPerHourCents;
    expect(ruleIds(doc)).toEqual([]);
  });

  it('rules called directly on one mutated object see each state', () => {
    const doc = PlacementDefinition.schema.parse(structuredClone(PlacementDefinition.example)) as any;
    for (const id of ['IDN-005', 'IDN-007', 'INS-003', 'INS-002']) expect(rule(id).check(doc, ctx)).toEqual([]);
    validate(PlacementDefinition, doc, { asOf: '2026-06-01' }); // a validation in between leaves nothing behind
    doc.employer.payrollTaxNumber = 'x';
    doc.region = 'AM99';
    doc.instruments[0].wageValuePct = 100;
    expect(rule('IDN-005').check(doc, ctx).map((f) => f.path)).toEqual([['employer', 'payrollTaxNumber']]);
    expect(rule('IDN-007').check(doc, ctx).map((f) => f.path)).toEqual([['region']]);
    expect(rule('INS-002').check(doc, ctx).map((f) => f.path)).toEqual([['instruments', 0, 'wageValuePct']]);
    doc.instruments[0].status = 'REJECTED';
    expect(rule('INS-002').check(doc, ctx)).toEqual([]);
  });

  it('issue paths are copies, not the arrays the rules share', () => {
    const doc = structuredClone(PlacementDefinition.example) as any;
    doc.municipality = 'GM9999';
    const first = validate(PlacementDefinition, doc, { asOf: '2026-06-01' }).issues[0]!;
    (first.path as (string | number)[]).push('changed');
    expect(validate(PlacementDefinition, doc, { asOf: '2026-06-01' }).issues[0]!.path).toEqual(['municipality']);
  });
});
