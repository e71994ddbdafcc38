import { defineCodeList } from './define.js';

/** Agreed next steps after an evaluation moment. */
export const FollowUpActionList = defineCodeList({
  id: 'FollowUpAction',
  titleNl: 'Vervolgactie',
  titleEn: 'Follow-up action',
  source: 'Brief §5.6 (ProcessStep); PROPOSAL',
  entries: [
    { code: 'START_CONTRACT', labelNl: 'dienstverband starten', labelEn: 'start the contract' },
    { code: 'EXTEND_TRIAL', labelNl: 'proefplaatsing verlengen', labelEn: 'extend the trial' },
    { code: 'REQUEST_WAGE_VALUE', labelNl: 'loonwaardebepaling aanvragen', labelEn: 'request a wage-value assessment' },
    { code: 'REQUEST_LKS', labelNl: 'loonkostensubsidie aanvragen', labelEn: 'apply for wage-cost subsidy' },
    { code: 'REQUEST_JOBCOACH', labelNl: 'jobcoach aanvragen', labelEn: 'request a job coach' },
    { code: 'ADJUST_WORKPLACE', labelNl: 'werkplek aanpassen', labelEn: 'adjust the workplace' },
    { code: 'SCHEDULE_EVALUATION', labelNl: 'nieuw evaluatiemoment plannen', labelEn: 'schedule another evaluation' },
    { code: 'RENEW_CONTRACT', labelNl: 'contract verlengen', labelEn: 'renew the contract' },
    { code: 'END_PLACEMENT', labelNl: 'plaatsing beëindigen', labelEn: 'end the placement' },
    { code: 'CLOSE_AFTERCARE', labelNl: 'nazorg afsluiten', labelEn: 'close aftercare' },
  ] as const,
});
export const FollowUpAction = FollowUpActionList.schema;
export type FollowUpAction = (typeof FollowUpActionList.codes)[number];
