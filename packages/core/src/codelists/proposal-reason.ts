import { defineCodeList } from './define.js';

/**
 * Non-personal reasons why a candidate proposal (*voordracht*) ended without a placement.
 * `side` says whose decision the reason explains: the employer's rejection, the candidate's
 * withdrawal, or either. Free-text reasons are deliberately absent (brief §4.5, §9).
 */
export const ProposalReasonList = defineCodeList({
  id: 'ProposalReason',
  titleNl: 'Reden uitkomst voordracht',
  titleEn: 'Proposal outcome reason',
  source: 'Brief §4.5 (non-personal reason codes); PROPOSAL',
  entries: [
    { code: 'HOURS_MISMATCH', labelNl: 'urenaanbod past niet', labelEn: 'hours do not match', side: 'ANY' },
    { code: 'SCHEDULE_MISMATCH', labelNl: 'werkdagen of -tijden passen niet', labelEn: 'days or times do not match', side: 'ANY' },
    { code: 'TRAVEL_DISTANCE', labelNl: 'reisafstand te groot', labelEn: 'travel distance too long', side: 'ANY' },
    { code: 'START_DATE_MISMATCH', labelNl: 'startdatum past niet', labelEn: 'start date does not match', side: 'ANY' },
    { code: 'TASKS_MISMATCH', labelNl: 'taken passen niet bij het profiel', labelEn: 'tasks do not match the profile', side: 'EMPLOYER' },
    {
      code: 'ADJUSTMENT_NOT_FEASIBLE',
      labelNl: 'benodigde aanpassing niet mogelijk',
      labelEn: 'needed adjustment not feasible',
      side: 'EMPLOYER',
    },
    { code: 'OTHER_CANDIDATE_CHOSEN', labelNl: 'andere kandidaat gekozen', labelEn: 'another candidate was chosen', side: 'EMPLOYER' },
    { code: 'VACANCY_FILLED', labelNl: 'vacature al vervuld', labelEn: 'vacancy already filled', side: 'EMPLOYER' },
    { code: 'VACANCY_WITHDRAWN', labelNl: 'vacature ingetrokken', labelEn: 'vacancy withdrawn', side: 'EMPLOYER' },
    { code: 'CANDIDATE_FOUND_OTHER_WORK', labelNl: 'kandidaat heeft ander werk', labelEn: 'candidate found other work', side: 'CANDIDATE' },
    {
      code: 'CANDIDATE_STARTED_EDUCATION',
      labelNl: 'kandidaat start opleiding',
      labelEn: 'candidate started education',
      side: 'CANDIDATE',
    },
    {
      code: 'CANDIDATE_NOT_AVAILABLE',
      labelNl: 'kandidaat tijdelijk niet beschikbaar',
      labelEn: 'candidate temporarily not available',
      side: 'CANDIDATE',
    },
    { code: 'CANDIDATE_DECLINED', labelNl: 'kandidaat ziet af van de functie', labelEn: 'candidate declined the job', side: 'CANDIDATE' },
    { code: 'OTHER', labelNl: 'overig', labelEn: 'other', side: 'ANY' },
  ] as const,
});
export const ProposalReason = ProposalReasonList.schema;
export type ProposalReason = (typeof ProposalReasonList.codes)[number];
