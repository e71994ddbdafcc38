import { defineRule } from '../rule.js';
import { looksMedical } from './medical-terms.js';

const NOTE_FIELDS = ['workImpacts', 'adjustments'] as const;

/**
 * EMI-002: lexical screening of the free text of an employer instruction for words that
 * suggest medical information. Findings are warnings and never quote the text.
 *
 * @remarks
 * Free text exists only in the designated, length-capped fields (checked by the schema):
 * `workImpacts[].text`, `adjustments[].text` and `instructionTips`. The screening is a
 * heuristic and optional: skip it with `validate(…, { skipRules: ['EMI-002'] })`.
 */
export const EMI_002 = defineRule({
  id: 'EMI-002',
  appliesTo: 'EmployerInstruction',
  severity: 'warning',
  titleNl: 'Vrije tekst lijkt medische informatie te bevatten',
  titleEn: 'Free text appears to contain medical information',
  source: 'R31',
  messages: {
    medical: {
      nl: 'Deze tekst lijkt medische informatie te bevatten. Beschrijf alleen wat je merkt in het werk en wat helpt, geen diagnose, behandeling of medicatie.',
      en: 'This text appears to contain medical information. Describe only what you notice at work and what helps, no diagnosis, treatment or medication.',
    },
  },
  check(instruction, ctx) {
    for (const field of NOTE_FIELDS)
      instruction[field].forEach((note, i) => {
        if (looksMedical(note.text)) ctx.report([field, i, 'text'], 'medical');
      });
    if (instruction.instructionTips !== undefined && looksMedical(instruction.instructionTips)) ctx.report(['instructionTips'], 'medical');
  },
});
