import { looksMedical } from '../employer-instruction/medical-terms.js';
import { defineRule } from '../rule.js';

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
export const PRV_004 = defineRule({
  id: 'PRV-004',
  appliesTo: ['Placement', 'WageValueAssessment'],
  severity: 'warning',
  titleNl: 'Rapportages en toelichtingen bevatten geen medische informatie',
  titleEn: 'Reports and notes carry no medical information',
  source: 'R21; R31',
  messages: {
    medical: {
      nl: 'Deze toelichting lijkt medische informatie te bevatten; beschrijf alleen wat er in het werk gebeurt.',
      en: 'This note appears to contain medical information; describe only what happens at work.',
    },
  },
  check(doc, ctx) {
    if (doc.documentType === 'Placement') {
      const reason = doc.trial?.extensionReason;
      if (reason !== undefined && looksMedical(reason)) ctx.report(['trial', 'extensionReason'], 'medical');
      return;
    }
    doc.mainTasks.forEach((task, i) => {
      if (task.description !== undefined && looksMedical(task.description)) ctx.report(['mainTasks', i, 'description'], 'medical');
      for (const key of NOTE_KEYS) {
        const text = task.notes?.[key];
        if (text !== undefined && looksMedical(text)) ctx.report(['mainTasks', i, 'notes', key], 'medical');
      }
    });
  },
});
