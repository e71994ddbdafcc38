import { defineCodeList } from './define.js';

/** @public */
export const TrialRegimeList = defineCodeList({
  id: 'TrialRegime',
  titleNl: 'Regime proefplaatsing',
  titleEn: 'Trial-placement regime',
  source: 'R15, R18, R19',
  entries: [
    { code: 'UWV', labelNl: 'Proefplaatsing UWV (Beleidsregels proefplaatsing UWV 2013)', labelEn: 'UWV trial placement', source: 'R18' },
    {
      code: 'MUNICIPAL_PW',
      labelNl: 'Proefplaats Participatiewet',
      labelEn: 'Participation Act trial place',
      validFrom: '2023-07-01',
      source: 'R15',
    },
    {
      code: 'MUNICIPAL_LEGACY',
      labelNl: 'Proefplaatsing gemeente (lokale regels)',
      labelEn: 'Municipal trial placement (local rules)',
      validTo: '2023-06-30',
      source: 'R19',
    },
  ] as const,
});
/** @public */
export const TrialRegime = TrialRegimeList.schema;
/** @public */
export type TrialRegime = (typeof TrialRegimeList.codes)[number];
