import type { Placement } from '../../documents/placement.js';
import type { WageValueAssessment } from '../../documents/wage-value-assessment.js';
import { looksMedical } from '../employer-instruction/medical-terms.js';
import { defineRule, finding, type RuleFinding } from '../rule.js';
import { NO_FINDINGS } from '../scope.js';

const NL = 'Deze toelichting lijkt medische informatie te bevatten; beschrijf alleen wat er in het werk gebeurt.';
const EN = 'This note appears to contain medical information; describe only what happens at work.';

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
    let out: RuleFinding[] | undefined;
    const screen = (text: string | undefined, path: (string | number)[]) => {
      if (text !== undefined && looksMedical(text)) (out ??= []).push(finding(path, NL, EN));
    };
    if (doc.documentType === 'Placement') {
      screen(doc.trial?.extensionReason, ['trial', 'extensionReason']);
    } else {
      doc.mainTasks.forEach((t, i) => {
        screen(t.description, ['mainTasks', i, 'description']);
        for (const k of ['pace', 'quality', 'netWorkingTime'] as const) screen(t.notes?.[k], ['mainTasks', i, 'notes', k]);
      });
    }
    return out ?? NO_FINDINGS;
  },
});
