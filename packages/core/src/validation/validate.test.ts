import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmployerInstructionDefinition } from '../documents/employer-instruction.js';
import { documentDefinitions } from '../documents/index.js';
import { PlacementDefinition } from '../documents/placement.js';
import { looseCopy } from '../internal/testing.js';
import { validate } from './validate.js';

describe('validate', () => {
  it('never throws on arbitrary JSON, for every document type', () => {
    for (const definition of documentDefinitions) {
      fc.assert(
        fc.property(fc.jsonValue(), (input) => {
          const result = validate(definition, input);
          expect(Array.isArray(result.issues)).toBe(true);
          expect(result.valid).toBe(!result.issues.some((i) => i.severity === 'error'));
        }),
        { numRuns: 150 },
      );
    }
  });

  it('never throws on random mutations of the canonical example', () => {
    for (const definition of documentDefinitions) {
      const keys = Object.keys(definition.example as object);
      fc.assert(
        fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
          const input = { ...(definition.example as object), [key]: value };
          expect(() => validate(definition, input)).not.toThrow();
        }),
        { numRuns: 100 },
      );
    }
  });

  it('collects every structural issue at once, with paths and Dutch messages', () => {
    const { valid, issues } = validate(PlacementDefinition, {
      ...PlacementDefinition.example,
      startDate: '01-03-2026',
      hoursPerWeek: 'veel',
      region: undefined,
    });
    expect(valid).toBe(false);
    expect(issues.map((i) => [i.code, i.path.join('.'), i.message])).toMatchInlineSnapshot(`
      [
        [
          "required",
          "region",
          "Verplicht veld ontbreekt.",
        ],
        [
          "invalid_format",
          "startDate",
          "Ongeldige datum; verwacht JJJJ-MM-DD.",
        ],
        [
          "invalid_type",
          "hoursPerWeek",
          "Verwacht: getal.",
        ],
      ]
    `);
  });

  it('gives English messages on request', () => {
    const { issues } = validate(PlacementDefinition, { ...PlacementDefinition.example, startDate: '2026-13-01' }, { locale: 'en' });
    expect(issues.map((i) => i.message)).toMatchInlineSnapshot(`
      [
        "Invalid date; expected YYYY-MM-DD.",
      ]
    `);
  });

  it('rejects input that is not a document with one clear issue', () => {
    const { valid, issues } = validate(PlacementDefinition, 'not a document');
    expect(valid).toBe(false);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', code: 'invalid_type', path: [] });
  });

  it('never echoes a BSN in any issue, valid or not', () => {
    const canaries = ['123456789', '12345678X', '999992077'];
    for (const bsn of canaries) {
      const input = looseCopy(PlacementDefinition);
      input.candidate.identity = { bsn };
      for (const locale of ['nl', 'en'] as const) {
        const { issues } = validate(PlacementDefinition, input, { locale });
        expect(JSON.stringify(issues)).not.toContain(bsn);
      }
    }
  });

  it('never echoes werkgeversinstructie text, even when it is too long or misplaced', () => {
    const canary = 'CANARY-medisch-geheim-7f3a';
    const input = looseCopy(EmployerInstructionDefinition);
    input.adjustments[0].text = canary.repeat(40);
    input.workImpacts[0].category = canary;
    input.instructionTips = canary;
    input.diagnosis = canary;
    for (const locale of ['nl', 'en'] as const) {
      const { issues } = validate(EmployerInstructionDefinition, input, { locale });
      expect(issues.length).toBeGreaterThan(0);
      expect(JSON.stringify(issues)).not.toContain('CANARY');
    }
  });

  it('skips the rules it is told to skip', () => {
    const input = { ...PlacementDefinition.example, documentType: 'Placement' };
    const all = validate(PlacementDefinition, input, { asOf: '2026-06-01' });
    const ruleIds = [...new Set(all.issues.map((i) => i.ruleId).filter(Boolean))] as string[];
    const skipped = validate(PlacementDefinition, input, { asOf: '2026-06-01', skipRules: ruleIds });
    expect(skipped.issues.filter((i) => i.ruleId)).toEqual([]);
  });

  it('reports an identifier failure with its rule id, in Dutch or English, without the value', () => {
    const input = looseCopy(PlacementDefinition);
    input.candidate.identity = { bsn: '123456789', bsnProcessingBasis: 'PAYROLL_TAX' };
    input.employer.kvkNumber = '1234567';
    const nl = validate(PlacementDefinition, input).issues.map((i) => [i.ruleId, i.path.join('.'), i.message]);
    const en = validate(PlacementDefinition, input, { locale: 'en' }).issues.map((i) => i.message);
    expect(nl).toEqual([
      ['IDN-001', 'candidate.identity.bsn', 'BSN voldoet niet aan de elfproef'],
      ['IDN-003', 'employer.kvkNumber', 'KvK-nummer moet uit precies 8 cijfers bestaan'],
    ]);
    expect(en).toEqual(['The BSN fails the eleven test (11-proef)', 'A KvK number consists of exactly 8 digits']);
    expect(JSON.stringify(nl)).not.toContain('123456789');
  });
});
