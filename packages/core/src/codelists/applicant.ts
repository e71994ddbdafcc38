import { defineCodeList } from './define.js';

export const ApplicantList = defineCodeList({
  id: 'Applicant',
  titleNl: "Aanvrager",
  titleEn: "Applicant",
  source: "R15",
  entries: [
    { code: 'EMPLOYER', labelNl: "werkgever", labelEn: "employer" },
    { code: 'EMPLOYEE', labelNl: "werknemer", labelEn: "employee" },
    { code: 'PUBLIC', labelNl: "publieke partij", labelEn: "public party" },
  ] as const,
});
export const Applicant = ApplicantList.schema;
export type Applicant = (typeof ApplicantList.codes)[number];
