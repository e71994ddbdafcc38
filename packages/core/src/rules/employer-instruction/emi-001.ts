import type { EmployerInstruction } from '../../documents/employer-instruction.js';
import { type BusinessRule, defineRule, finding, type RuleContext, type RuleFinding } from '../rule.js';
import { findMedicalKeys } from './medical-terms.js';

/**
 * A rule that can also look at the raw input before the structure is checked. The validator
 * runs `checkInput` on every input, valid or not, so that a finding reaches the caller even
 * when the strict schema rejects the document.
 */
export interface InputCheckingRule<D> extends BusinessRule<D> {
  // Narrows the optional hook of BusinessRule to a required one.

  /** Checks unparsed input (any shape); never throws. */
  checkInput(input: unknown, context: RuleContext): readonly RuleFinding[];
}

function medicalKeyFindings(value: unknown): RuleFinding[] {
  return findMedicalKeys(value).map((path) =>
    finding(
      path,
      'Medische gegevens (zoals diagnose, oorzaak, behandeling of medicatie) mogen niet in een werkgeversinstructie staan; verwijder dit veld.',
      'Medical data (such as diagnosis, cause, treatment or medication) may not be part of an employer instruction; remove this field.',
    ),
  );
}

/**
 * EMI-001: an employer instruction has no field for a diagnosis, condition, cause, treatment,
 * medication, prognosis, care provider or disability percentage, anywhere in the document.
 *
 * @remarks
 * The schema is strict, so such a field already fails the structure check with a generic
 * "unknown field" issue, and inside a non-strict part (an `OrgRef`) it would be stripped
 * silently. To give the caller this rule's own issue in both cases, the rule has
 * `checkInput`, which scans the keys of the raw input at any depth before the structure is
 * checked (see {@link InputCheckingRule}); `check` scans the parsed document as well. Only
 * field names are reported, never values.
 */
export const EMI_001: InputCheckingRule<EmployerInstruction> = {
  ...defineRule<EmployerInstruction>({
    id: 'EMI-001',
    appliesTo: ['EmployerInstruction'],
    severity: 'error',
    titleNl: 'Geen velden voor diagnose, oorzaak, behandeling of medicatie',
    titleEn: 'No diagnosis, cause, treatment or medication fields',
    source: 'R31',
    check: (doc) => medicalKeyFindings(doc),
  }),
  checkInput: (input) => medicalKeyFindings(input),
};
