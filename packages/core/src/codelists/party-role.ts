import { defineCodeList } from './define.js';

/** @public */
export const PartyRoleList = defineCodeList({
  id: 'PartyRole',
  titleNl: 'Rol partij',
  titleEn: 'Party role',
  source: 'Brief §2',
  entries: [
    { code: 'EMPLOYER', labelNl: 'werkgever', labelEn: 'employer' },
    { code: 'REGION', labelNl: 'arbeidsmarktregio', labelEn: 'labour-market region' },
    { code: 'MUNICIPALITY', labelNl: 'gemeente', labelEn: 'municipality' },
    { code: 'WSP', labelNl: 'WerkgeversServicepunt', labelEn: 'employer service point' },
    { code: 'UWV', labelNl: 'UWV', labelEn: 'UWV' },
    { code: 'SW_COMPANY', labelNl: 'SW-bedrijf', labelEn: 'sheltered employment company' },
    { code: 'NATIONAL_INTERMEDIARY', labelNl: 'Schakelpunt Landelijke Werkgevers', labelEn: 'national employer liaison' },
    { code: 'JOB_COACH_ORGANISATION', labelNl: 'jobcoachorganisatie', labelEn: 'job-coach organisation' },
    { code: 'ASSESSOR_ORGANISATION', labelNl: 'organisatie loonwaardedeskundige', labelEn: 'assessor organisation' },
  ] as const,
});
/** @public */
export const PartyRole = PartyRoleList.schema;
/** @public */
export type PartyRole = (typeof PartyRoleList.codes)[number];
