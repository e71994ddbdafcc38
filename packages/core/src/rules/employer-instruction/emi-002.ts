import type { EmployerInstruction } from '../../documents/employer-instruction.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';
import { looksMedical } from './medical-terms.js';

const NOTE_FIELDS = ['workImpacts', 'adjustments'] as const;

function medicalText(path: (string | number)[]): RuleFinding {
  return finding(
    path,
    'Deze tekst lijkt medische informatie te bevatten. Beschrijf alleen wat je merkt in het werk en wat helpt, geen diagnose, behandeling of medicatie.',
    'This text appears to contain medical information. Describe only what you notice at work and what helps, no diagnosis, treatment or medication.',
  );
}

/**
 * EMI-002: lexical screening of the free text of an employer instruction for words that
 * suggest medical information. Findings are warnings and never quote the text.
 *
 * @remarks
 * Free text exists only in the designated, length-capped fields (checked by the schema):
 * `workImpacts[].text`, `adjustments[].text` and `instructionTips`. The screening is a
 * heuristic and optional: skip it with `validate(…, { skipRules: ['EMI-002'] })`.
 */
export const EMI_002 = defineRule<EmployerInstruction>({
  id: 'EMI-002',
  appliesTo: ['EmployerInstruction'],
  severity: 'warning',
  titleNl: 'Vrije tekst lijkt medische informatie te bevatten',
  titleEn: 'Free text appears to contain medical information',
  source: 'R31',
  check(doc) {
    let out: RuleFinding[] | undefined;
    for (let f = 0; f < NOTE_FIELDS.length; f++) {
      const field = NOTE_FIELDS[f]!;
      const notes = doc[field];
      for (let i = 0; i < notes.length; i++) if (looksMedical(notes[i]!.text)) (out ??= []).push(medicalText([field, i, 'text']));
    }
    if (doc.instructionTips !== undefined && looksMedical(doc.instructionTips)) (out ??= []).push(medicalText(['instructionTips']));
    return out ?? NO_FINDINGS;
  },
});
