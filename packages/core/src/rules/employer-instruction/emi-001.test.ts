import { describe, expect, it } from 'vitest';
import { EmployerInstructionDefinition as D, EmployerInstruction } from '../../documents/employer-instruction.js';
import { brokenExample, findingsOf, issuesOfRule } from '../../internal/testing.js';
import { validate } from '../../validation/validate.js';
import { EMI_001 } from './emi-001.js';
import { findMedicalKeys, isMedicalKey } from './medical-terms.js';

describe('EMI-001 no medical fields in the employer instruction', () => {
  it('accepts the canonical example, raw and parsed', () => {
    expect(issuesOfRule(D, 'EMI-001', () => {}).nl).toEqual([]);
    expect(findingsOf(EMI_001, D.example, { input: true })).toEqual([]);
  });

  it('knows the medical field names and leaves the standard ones alone', () => {
    for (const k of [
      'diagnosis',
      'Diagnose',
      'cause',
      'treatment',
      'medication',
      'medicatie',
      'prognosis',
      'conditionName',
      'disability_percentage',
      'icd10Code',
    ])
      expect(isMedicalKey(k), k).toBe(true);
    for (const k of Object.keys(D.example)) expect(isMedicalKey(k), k).toBe(false);
    for (const k of Object.keys(EmployerInstruction.shape)) expect(isMedicalKey(k), k).toBe(false);
  });

  it('finds medical keys anywhere in raw input, with the path to the key', () => {
    const input = brokenExample(D, (d) => {
      d.diagnosis = 'x';
      d.workImpacts[0].treatment = 'x';
      d.supportedBy.medication = 'x';
    });
    const paths = findMedicalKeys(input);
    expect(paths).toHaveLength(3);
    expect(paths).toEqual(expect.arrayContaining([['diagnosis'], ['workImpacts', 0, 'treatment'], ['supportedBy', 'medication']]));
    const findings = findingsOf(EMI_001, input, { input: true });
    expect(findings.map((f) => f.path)).toEqual(paths);
    expect(findings[0]?.message.nl).toMatchInlineSnapshot(
      `"Medische gegevens (zoals diagnose, oorzaak, behandeling of medicatie) mogen niet in een werkgeversinstructie staan; verwijder dit veld."`,
    );
    expect(findings[0]?.message.en).toMatchInlineSnapshot(
      `"Medical data (such as diagnosis, cause, treatment or medication) may not be part of an employer instruction; remove this field."`,
    );
    // Only field names are reported: no finding carries the value.
    expect(JSON.stringify(findings)).not.toContain('"x"');
  });

  it('validate() names each medical field with EMI-001, including inside non-strict parts, and nothing twice', () => {
    const input = brokenExample(D, (d) => {
      d.diagnosis = 'CANARY-diagnose';
      d.supportedBy.medication = 'CANARY-medicatie';
    });
    const r = validate(D, input, { asOf: '2026-06-01' });
    expect(r.valid).toBe(false);
    const paths = r.issues.filter((i) => i.ruleId === 'EMI-001').map((i) => i.path.join('.'));
    expect(paths.sort()).toEqual(['diagnosis', 'supportedBy.medication']);
    // The strict schema's generic unknown-field issue is not added for a key EMI-001 already named.
    expect(r.issues.filter((i) => i.code === 'unrecognized_keys')).toEqual([]);
    expect(JSON.stringify(r.issues)).not.toContain('CANARY');
  });

  it('validate() still reports other unknown fields structurally', () => {
    const r = validate(
      D,
      brokenExample(D, (d) => (d.favouriteColour = 'blue')),
      { asOf: '2026-06-01' },
    );
    expect(r.issues.map((i) => [i.code, i.ruleId])).toEqual([['unrecognized_keys', undefined]]);
  });
});
