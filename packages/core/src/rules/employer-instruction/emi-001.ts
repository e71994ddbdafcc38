import { defineRule } from '../rule.js';
import { findMedicalKeys } from './medical-terms.js';

/**
 * EMI-001: an employer instruction has no field for a diagnosis, condition, cause, treatment,
 * medication, prognosis, care provider or disability percentage, anywhere in the document.
 *
 * @remarks
 * The schema is strict, so such a field already fails the structure check with a generic
 * "unknown field" issue, and inside a non-strict part (an `OrgRef`) it would be stripped
 * silently. To give the caller this rule's own issue in both cases, the rule has
 * `checkInput`, which scans the keys of the raw input at any depth before the structure is
 * checked; `check` scans the parsed document as well. Only field names are reported, never
 * values.
 */
export const EMI_001 = defineRule({
  id: 'EMI-001',
  appliesTo: 'EmployerInstruction',
  severity: 'error',
  titleNl: 'Geen velden voor diagnose, oorzaak, behandeling of medicatie',
  titleEn: 'No diagnosis, cause, treatment or medication fields',
  source: 'R31',
  messages: {
    medicalField: {
      nl: 'Medische gegevens (zoals diagnose, oorzaak, behandeling of medicatie) mogen niet in een werkgeversinstructie staan; verwijder dit veld.',
      en: 'Medical data (such as diagnosis, cause, treatment or medication) may not be part of an employer instruction; remove this field.',
    },
  },
  check(instruction, ctx) {
    for (const path of findMedicalKeys(instruction)) ctx.report(path, 'medicalField');
  },
  checkInput(input, ctx) {
    for (const path of findMedicalKeys(input)) ctx.report(path, 'medicalField');
  },
});
