import { assert, describe, expect, it } from 'vitest';
import { PlacementDefinition } from '../documents/placement.js';
import { findingsOf, type LooseDocument, looseCopy } from '../internal/testing.js';
import { validate } from '../validation/validate.js';
import { rules } from './catalogue.js';

// Facts shared between rules (identifier index, live grants, recomputed amounts) live only
// for one `validate` call. These tests mutate one document object between calls and expect
// every call to see the document as it is then.
const check = (id: string, doc: unknown) => {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(id);
  return findingsOf(rule, doc);
};
const ruleIds = (input: unknown) =>
  validate(PlacementDefinition, input, { asOf: '2026-06-01' }).issues.map((i) => `${i.ruleId}:${i.path.join('.')}`);

describe('per-validation facts', () => {
  it('a mutated input validated again is checked afresh', () => {
    const doc = looseCopy(PlacementDefinition);
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
    const doc: LooseDocument = PlacementDefinition.schema.parse(structuredClone(PlacementDefinition.example));
    for (const id of ['IDN-005', 'IDN-007', 'INS-003', 'INS-002']) expect(check(id, doc)).toEqual([]);
    validate(PlacementDefinition, doc, { asOf: '2026-06-01' }); // a validation in between leaves nothing behind
    doc.employer.payrollTaxNumber = 'x';
    doc.region = 'AM99';
    doc.instruments[0].wageValuePct = 100;
    expect(check('IDN-005', doc).map((f) => f.path)).toEqual([['employer', 'payrollTaxNumber']]);
    expect(check('IDN-007', doc).map((f) => f.path)).toEqual([['region']]);
    expect(check('INS-002', doc).map((f) => f.path)).toEqual([['instruments', 0, 'wageValuePct']]);
    doc.instruments[0].status = 'REJECTED';
    expect(check('INS-002', doc)).toEqual([]);
  });

  it('issue paths are copies, not the arrays the rules share', () => {
    const doc = looseCopy(PlacementDefinition);
    doc.municipality = 'GM9999';
    const [first] = validate(PlacementDefinition, doc, { asOf: '2026-06-01' }).issues;
    assert(first);
    (first.path as (string | number)[]).push('changed');
    expect(validate(PlacementDefinition, doc, { asOf: '2026-06-01' }).issues[0]?.path).toEqual(['municipality']);
  });
});
