import type { Placement } from '../../documents/placement.js';
import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { looksMedical } from '../employer-instruction/medical-terms.js';
import { defineRule, finding, type RuleFinding } from '../legacy.js';
import { NO_FINDINGS } from '../scope.js';

const NL = 'Deze toelichting lijkt medische informatie te bevatten; beschrijf alleen wat er in het werk gebeurt.';
const EN = 'This note appears to contain medical information; describe only what happens at work.';
const NOTE_KEYS = ['pace', 'quality', 'netWorkingTime'] as const;

/**
 * PRV-004: reports and notes by job coaches and assessors carry no medical information
 * (lexical screening; warnings never quote the text).
 *
 * @remarks
 * Job-coach reports themselves are not a document of the standard yet. The rule screens the
 * free-text notes that the documents do carry and that such professionals write: the
 * extension reason of a trial placement, and the task descriptions and per-component notes
 * of a wage-value assessment.
 */
export const PRV_004 = defineRule<Placement | WageValueAssessment>({
  id: 'PRV-004',
  appliesTo: ['Placement', 'WageValueAssessment'],
  severity: 'warning',
  titleNl: 'Rapportages en toelichtingen bevatten geen medische informatie',
  titleEn: 'Reports and notes carry no medical information',
  source: 'R21; R31',
  check(doc) {
    // Paths are built only for a text that is reported.
    let out: RuleFinding[] | undefined;
    if (doc.documentType === 'Placement') {
      const reason = doc.trial?.extensionReason;
      if (reason !== undefined && looksMedical(reason)) (out ??= []).push(finding(['trial', 'extensionReason'], NL, EN));
    } else {
      const tasks = doc.mainTasks;
      for (let i = 0; i < tasks.length; i++) {
        const t = tasks[i]!;
        if (t.description !== undefined && looksMedical(t.description)) (out ??= []).push(finding(['mainTasks', i, 'description'], NL, EN));
        const notes = t.notes;
        for (let j = 0; j < NOTE_KEYS.length; j++) {
          const k = NOTE_KEYS[j]!;
          const text = notes?.[k];
          if (text !== undefined && looksMedical(text)) (out ??= []).push(finding(['mainTasks', i, 'notes', k], NL, EN));
        }
      }
    }
    return out ?? NO_FINDINGS;
  },
});
