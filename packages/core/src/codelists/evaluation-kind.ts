import { defineCodeList } from './define.js';

/** Kinds of evaluation moment after a placement starts (*evaluatie, nazorg*). */
export const EvaluationKindList = defineCodeList({
  id: 'EvaluationKind',
  titleNl: 'Soort evaluatiemoment',
  titleEn: 'Evaluation kind',
  source: 'Brief §10.1 (quality: still active after 6 months); R18; PROPOSAL',
  entries: [
    { code: 'END_OF_TRIAL', labelNl: 'eindevaluatie proefplaatsing', labelEn: 'end of trial' },
    { code: 'INTERIM', labelNl: 'tussenevaluatie', labelEn: 'interim evaluation' },
    { code: 'SIX_MONTH_CHECK', labelNl: 'zesmaandencheck', labelEn: 'six-month check' },
    { code: 'CONTRACT_RENEWAL', labelNl: 'contractverlenging', labelEn: 'contract renewal' },
    { code: 'AFTERCARE_CONTACT', labelNl: 'nazorgcontact', labelEn: 'aftercare contact' },
  ] as const,
});
export const EvaluationKind = EvaluationKindList.schema;
export type EvaluationKind = (typeof EvaluationKindList.codes)[number];
