import { defineCodeList } from './define.js';

/** @public */
export const ApplicantList = defineCodeList({
  id: 'Applicant',
  titleNl: 'Aanvrager',
  titleEn: 'Applicant',
  source: 'R15',
  entries: [
    { code: 'EMPLOYER', labelNl: 'werkgever', labelEn: 'employer' },
    { code: 'EMPLOYEE', labelNl: 'werknemer', labelEn: 'employee' },
    { code: 'PUBLIC', labelNl: 'publieke partij', labelEn: 'public party' },
  ] as const,
});
/** @public */
export const Applicant = ApplicantList.schema;
/** @public */
export type Applicant = (typeof ApplicantList.codes)[number];
