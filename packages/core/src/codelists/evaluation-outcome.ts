import { defineCodeList } from './define.js';

/** Outcome of an evaluation moment; `kinds` lists the evaluation kinds it fits (FUP-002). */
export const EvaluationOutcomeList = defineCodeList({
  id: 'EvaluationOutcome',
  titleNl: 'Uitkomst evaluatie',
  titleEn: 'Evaluation outcome',
  source: 'Brief §4.7, §10.1; PROPOSAL',
  entries: [
    { code: 'GO', labelNl: 'go: door naar dienstverband', labelEn: 'go: continue into employment', kinds: ['END_OF_TRIAL'] },
    { code: 'NO_GO', labelNl: 'no-go: geen dienstverband', labelEn: 'no-go: no employment', kinds: ['END_OF_TRIAL'] },
    { code: 'EXTEND', labelNl: 'verlengen', labelEn: 'extend', kinds: ['END_OF_TRIAL'] },
    { code: 'ON_TRACK', labelNl: 'loopt goed', labelEn: 'on track', kinds: ['INTERIM', 'SIX_MONTH_CHECK', 'AFTERCARE_CONTACT'] },
    {
      code: 'NEEDS_SUPPORT',
      labelNl: 'extra ondersteuning nodig',
      labelEn: 'needs support',
      kinds: ['INTERIM', 'SIX_MONTH_CHECK', 'AFTERCARE_CONTACT'],
    },
    {
      code: 'AT_RISK',
      labelNl: 'plaatsing in gevaar',
      labelEn: 'placement at risk',
      kinds: ['INTERIM', 'SIX_MONTH_CHECK', 'AFTERCARE_CONTACT'],
    },
    {
      code: 'ENDED',
      labelNl: 'plaatsing beëindigd',
      labelEn: 'placement ended',
      kinds: ['INTERIM', 'SIX_MONTH_CHECK', 'AFTERCARE_CONTACT'],
    },
    { code: 'RENEWED_PERMANENT', labelNl: 'verlengd voor onbepaalde tijd', labelEn: 'renewed, permanent', kinds: ['CONTRACT_RENEWAL'] },
    { code: 'RENEWED_FIXED_TERM', labelNl: 'verlengd voor bepaalde tijd', labelEn: 'renewed, fixed term', kinds: ['CONTRACT_RENEWAL'] },
    { code: 'NOT_RENEWED', labelNl: 'niet verlengd', labelEn: 'not renewed', kinds: ['CONTRACT_RENEWAL'] },
  ] as const,
});
export const EvaluationOutcome = EvaluationOutcomeList.schema;
export type EvaluationOutcome = (typeof EvaluationOutcomeList.codes)[number];
