import { defineCodeList } from './define.js';

/** @public */
export const CandidateSourceList = defineCodeList({
  id: 'CandidateSource',
  titleNl: 'Herkomst kandidaat',
  titleEn: 'Candidate source',
  source: 'S4, S5',
  entries: [
    { code: 'UWV', labelNl: 'UWV', labelEn: 'UWV' },
    { code: 'MUNICIPALITY', labelNl: 'gemeente', labelEn: 'municipality' },
    { code: 'SW_COMPANY', labelNl: 'SW-bedrijf', labelEn: 'sheltered employment company' },
    { code: 'SCHOOL', labelNl: 'school (VSO, PrO, praktijkschool)', labelEn: 'school' },
    { code: 'NEIGHBOURHOOD_TEAM', labelNl: 'wijkteam', labelEn: 'neighbourhood team' },
    { code: 'EMPLOYER_OWN', labelNl: 'eigen werving werkgever', labelEn: "employer's own recruitment" },
  ] as const,
});
/** @public */
export const CandidateSource = CandidateSourceList.schema;
/** @public */
export type CandidateSource = (typeof CandidateSourceList.codes)[number];
