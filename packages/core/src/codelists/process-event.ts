import { defineCodeList } from './define.js';

/** @public */
export const ProcessEventList = defineCodeList({
  id: 'ProcessEvent',
  titleNl: 'Procesgebeurtenis',
  titleEn: 'Process event',
  source: 'S3; brief §10',
  entries: [
    { code: 'VACANCY_RECEIVED', labelNl: 'vacature ontvangen', labelEn: 'vacancy received' },
    { code: 'FIRST_CANDIDATE_PROPOSED', labelNl: 'eerste kandidaat voorgedragen', labelEn: 'first candidate proposed' },
    { code: 'CANDIDATE_INVITED', labelNl: 'kandidaat uitgenodigd', labelEn: 'candidate invited' },
    { code: 'TRIAL_STARTED', labelNl: 'proefplaatsing gestart', labelEn: 'trial started' },
    { code: 'PLACEMENT_STARTED', labelNl: 'plaatsing gestart', labelEn: 'placement started' },
    { code: 'WAGE_VALUE_REQUESTED', labelNl: 'loonwaardebepaling aangevraagd', labelEn: 'wage value requested' },
    { code: 'WAGE_VALUE_ESTABLISHED', labelNl: 'loonwaarde vastgesteld', labelEn: 'wage value established' },
    { code: 'LKS_APPLIED', labelNl: 'loonkostensubsidie aangevraagd', labelEn: 'wage-cost subsidy applied' },
    { code: 'LKS_DECIDED', labelNl: 'besluit loonkostensubsidie', labelEn: 'wage-cost subsidy decided' },
    { code: 'JOBCOACH_REQUESTED', labelNl: 'jobcoach aangevraagd', labelEn: 'job coach requested' },
    { code: 'JOBCOACH_STARTED', labelNl: 'jobcoach gestart', labelEn: 'job coach started' },
  ] as const,
});
/** @public */
export const ProcessEvent = ProcessEventList.schema;
/** @public */
export type ProcessEvent = (typeof ProcessEventList.codes)[number];
