import { defineCodeList } from './define.js';

/** @public */
export const ProcessStepList = defineCodeList({
  id: 'ProcessStep',
  titleNl: 'Processtap',
  titleEn: 'Process step',
  source: 'S1; brief §5.6',
  entries: [
    { code: 'VACANCY_INTAKE', labelNl: 'intake vacature', labelEn: 'vacancy intake' },
    { code: 'CANDIDATE_SEARCH', labelNl: 'zoeken kandidaten', labelEn: 'candidate search' },
    { code: 'CANDIDATE_PROPOSAL', labelNl: 'voordracht', labelEn: 'candidate proposal' },
    { code: 'INTERVIEW', labelNl: 'sollicitatiegesprek', labelEn: 'interview' },
    { code: 'TRIAL_PLACEMENT', labelNl: 'proefplaatsing', labelEn: 'trial placement' },
    { code: 'CONTRACT', labelNl: 'arbeidsovereenkomst', labelEn: 'contract' },
    { code: 'REGISTER_CHECK', labelNl: 'controle doelgroepregister', labelEn: 'register check' },
    { code: 'WAGE_VALUE_ASSESSMENT', labelNl: 'loonwaardebepaling', labelEn: 'wage-value assessment' },
    { code: 'LKS_APPLICATION', labelNl: 'aanvraag loonkostensubsidie', labelEn: 'wage-cost-subsidy application' },
    { code: 'JOBCOACH_REQUEST', labelNl: 'aanvraag jobcoach', labelEn: 'job-coach request' },
    { code: 'WORKPLACE_ADAPTATION', labelNl: 'werkplekaanpassing', labelEn: 'workplace adaptation' },
    { code: 'AFTERCARE', labelNl: 'nazorg', labelEn: 'aftercare' },
    { code: 'EVALUATION', labelNl: 'evaluatie', labelEn: 'evaluation' },
  ] as const,
});
/** @public */
export const ProcessStep = ProcessStepList.schema;
/** @public */
export type ProcessStep = (typeof ProcessStepList.codes)[number];
