import { defineCodeList } from './define.js';

/**
 * Target-group preference of a vacancy (Rotterdam intake).
 *
 * @public
 */
export const VacancyPreferenceList = defineCodeList({
  id: 'VacancyPreference',
  titleNl: 'Voorkeur doelgroep',
  titleEn: 'Target-group preference',
  source: 'S5 (Rotterdam)',
  entries: [
    { code: 'NO_PREFERENCE', labelNl: 'Geen voorkeur', labelEn: 'No preference', bases: [] },
    { code: 'SW', labelNl: "SW'ers", labelEn: 'Sheltered-employment workers', bases: ['WSW_INDICATION'] },
    { code: 'WAJONG', labelNl: 'Wajongers', labelEn: 'Wajong recipients', bases: ['WAJONG'] },
    {
      code: 'NEW_INFLOW_PW',
      labelNl: 'Nieuwe instroom Participatiewet',
      labelEn: 'New Participation Act entrants',
      bases: ['PW_NO_WML_CAPACITY', 'PW_WML_WITH_JOBCOACH', 'VSO_PUPIL', 'PRO_PUPIL', 'PRACTICE_ROUTE'],
    },
  ] as const,
});
/** @public */
export const VacancyPreference = VacancyPreferenceList.schema;
/** @public */
export type VacancyPreference = (typeof VacancyPreferenceList.codes)[number];
